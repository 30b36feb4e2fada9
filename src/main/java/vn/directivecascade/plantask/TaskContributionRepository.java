package vn.directivecascade.plantask;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskContributionRepository extends JpaRepository<TaskContribution, Long> {

  @EntityGraph(attributePaths = "organization")
  List<TaskContribution> findByTaskIdAndCycleKeyOrderBySubmittedAt(long taskId, String cycleKey);

  @EntityGraph(attributePaths = {"task", "organization"})
  List<TaskContribution> findByTaskPlanId(long planId);

  boolean existsByTaskIdAndCycleKeyAndOrganizationCode(long taskId, String cycleKey, String organizationCode);
}
