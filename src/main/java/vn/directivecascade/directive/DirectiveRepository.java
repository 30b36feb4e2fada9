package vn.directivecascade.directive;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {

  Optional<Directive> findByIssuerCodeAndNumberAndIssueYear(String issuerCode, String number, int issueYear);

  /** The document with everything its page or a caller outside a transaction reads. */
  @EntityGraph(attributePaths = {"issuer", "basis", "basis.issuer", "recipients", "recipients.organization"})
  Optional<Directive> findWithRecipientsById(Long id);

  @EntityGraph(attributePaths = {"issuer"})
  List<Directive> findWithIssuerByIdIn(Collection<Long> ids);

  /**
   * The documents issued to implement {@code documentId}, and those implementing them, level by
   * level (nearest first), at most {@code limit}.
   */
  @Query(value = """
      with recursive implementing (id, depth) as (
        select id, 1 from directive where basis_id = :documentId
        union all
        select d.id, i.depth + 1 from directive d join implementing i on d.basis_id = i.id)
      select id from implementing order by depth, id limit :limit""", nativeQuery = true)
  List<Long> findImplementingIds(long documentId, int limit);
}
