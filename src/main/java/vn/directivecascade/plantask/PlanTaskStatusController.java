package vn.directivecascade.plantask;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A directive document's task table with each cycle's status, for the board and other tools. */
@RestController
class PlanTaskStatusController {

  private final PlanTaskStatusService statuses;

  PlanTaskStatusController(PlanTaskStatusService statuses) {
    this.statuses = statuses;
  }

  @GetMapping("/api/directives/{directiveId}/tasks")
  ResponseEntity<PlanTaskStatusService.PlanTasks> tasks(@PathVariable long directiveId) {
    return ResponseEntity.of(statuses.tasksOf(directiveId));
  }
}
