package vn.directivecascade.board;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.directivecascade.plantask.PlanTaskStatusService;

/** A plan's task table on the board: per task and cycle, who leads, by when, and whether it is on time. */
@Controller
class PlanTasksController {

  private final PlanTaskStatusService statuses;

  PlanTasksController(PlanTaskStatusService statuses) {
    this.statuses = statuses;
  }

  @GetMapping("/board/plans/{planId}/tasks")
  String tasks(@PathVariable long planId, Model model) {
    model.addAttribute("plan", statuses.tasksOf(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    return "board/tasks";
  }
}
