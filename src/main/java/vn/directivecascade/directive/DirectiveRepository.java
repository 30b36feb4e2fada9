package vn.directivecascade.directive;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {

  Optional<Directive> findByIssuerCodeAndNumberAndIssueYear(String issuerCode, String number, int issueYear);

  /** The document with everything its page or a caller outside a transaction reads. */
  @EntityGraph(attributePaths = {"issuer", "basis", "basis.issuer", "recipients", "recipients.organization"})
  Optional<Directive> findWithRecipientsById(Long id);
}
