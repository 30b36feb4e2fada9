package vn.directivecascade.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingObligationRepository extends JpaRepository<ReportingObligation, Long> {

  @EntityGraph(attributePaths = {"plan", "plan.issuer", "consolidator"})
  List<ReportingObligation> findByPlanId(Long planId);
}
