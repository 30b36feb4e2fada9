package vn.directivecascade.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.directivecascade.directive.DirectiveRepository;

public interface ReportingObligationRepository extends JpaRepository<ReportingObligation, Long> {

  @EntityGraph(attributePaths = {"plan", "plan.issuer", "consolidator"})
  List<ReportingObligation> findByPlanId(Long planId);

  boolean existsByPlanId(Long planId);

  /** Holds the obligation's row lock until the transaction ends: its reports are counted one transaction after the other. */
  @Query(value = "select id from reporting_obligation where id = :id for update", nativeQuery = true)
  Long lockById(long id);

  /** The plans with a reporting regime in an organisation's branch of a cascade (see {@link DirectiveRepository#BRANCH}). */
  @Query(value = DirectiveRepository.BRANCH + "select distinct o.plan_id from reporting_obligation o join branch b on o.plan_id = b.id",
      nativeQuery = true)
  List<Long> findPlanIdsInBranch(long receivedId, String orgCode);
}
