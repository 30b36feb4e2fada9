package vn.directivecascade.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<Report, Long> {

  @EntityGraph(attributePaths = {"organization", "figures", "figures.target"})
  List<Report> findByPlanIdAndPeriodKey(Long planId, String periodKey);

  @EntityGraph(attributePaths = {"organization"})
  List<Report> findByPlanId(Long planId);

  /** Every report of a plan with its organisation and figures, in one query. */
  @EntityGraph(attributePaths = {"organization", "figures", "figures.target"})
  List<Report> findWithFiguresByPlanId(Long planId);

  @EntityGraph(attributePaths = {"organization", "figures", "figures.target"})
  Optional<Report> findByPlanIdAndOrganizationCodeAndPeriodKey(Long planId, String orgCode, String periodKey);
}
