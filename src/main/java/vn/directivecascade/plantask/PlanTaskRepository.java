package vn.directivecascade.plantask;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

  @EntityGraph(attributePaths = {"lead", "cooperators"})
  List<PlanTask> findByPlanIdOrderByPosition(long planId);

  boolean existsByPlanId(long planId);

  @EntityGraph(attributePaths = {"plan", "plan.issuer", "lead", "cooperators"})
  Optional<PlanTask> findWithOrganizationsById(long id);
}
