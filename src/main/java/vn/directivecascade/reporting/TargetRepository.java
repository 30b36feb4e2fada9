package vn.directivecascade.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetRepository extends JpaRepository<Target, Long> {

  List<Target> findByPlanIdOrderById(Long planId);
}
