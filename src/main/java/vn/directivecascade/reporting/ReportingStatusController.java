package vn.directivecascade.reporting;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The reporting matrix of a plan for the board and for other tools. */
@RestController
class ReportingStatusController {

  private final ReportingStatusService statuses;

  ReportingStatusController(ReportingStatusService statuses) {
    this.statuses = statuses;
  }

  @GetMapping("/api/plans/{planId}/reporting-status")
  ResponseEntity<ReportingStatusService.Matrix> matrix(@PathVariable long planId) {
    return ResponseEntity.of(statuses.matrix(planId));
  }
}
