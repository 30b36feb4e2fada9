package vn.directivecascade.plantask;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskProductRepository extends JpaRepository<TaskProduct, Long> {

  @EntityGraph(attributePaths = {"task", "productPlan"})
  List<TaskProduct> findByTaskPlanId(long planId);

  @EntityGraph(attributePaths = {"task", "task.plan", "task.plan.issuer"})
  List<TaskProduct> findByProductPlanId(long documentId);

  boolean existsByTaskIdAndCycleKey(long taskId, String cycleKey);
}
