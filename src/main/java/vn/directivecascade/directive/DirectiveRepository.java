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

  /** An organisation's latest document of a number/symbol, e.g. the plan it issued as a task's product. */
  Optional<Directive> findFirstByIssuerCodeAndNumberOrderByIssueDateDesc(String issuerCode, String number);

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

  /**
   * The branch of plans an organisation is responsible for in a cascade: its own plan on the document
   * it received, and every plan issued below to implement it.
   */
  String BRANCH = """
      with recursive branch (id) as (
        select d.id from directive d join organization o on o.id = d.issuer_id
        where d.basis_id = :receivedId and o.code = :orgCode
        union all
        select d.id from directive d join branch b on d.basis_id = b.id)
      """;

  /** [plans issued in the branch, organisations those plans oblige to implement them]. */
  @Query(value = BRANCH + """
      select (select count(*) from branch),
             (select count(*) from directive_recipient r join branch b on r.directive_id = b.id where r.role = 'IMPLEMENT')""",
      nativeQuery = true)
  List<Object[]> countBranch(long receivedId, String orgCode);

  /** [plan id, organisation code] of every organisation a plan in the branch obliges that has not issued its own plan yet. */
  @Query(value = BRANCH + """
      select r.directive_id, o.code from directive_recipient r
        join branch b on r.directive_id = b.id
        join organization o on o.id = r.organization_id
      where r.role = 'IMPLEMENT'
        and not exists (select 1 from directive own where own.basis_id = r.directive_id and own.issuer_id = r.organization_id)""",
      nativeQuery = true)
  List<Object[]> findPendingInBranch(long receivedId, String orgCode);
}
