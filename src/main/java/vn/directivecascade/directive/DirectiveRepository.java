package vn.directivecascade.directive;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {

  Optional<Directive> findByIssuerCodeAndNumberAndIssueYear(String issuerCode, String number, int issueYear);

  List<Directive> findByBasisId(Long basisId);
}
