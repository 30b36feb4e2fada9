package vn.directivecascade.reporting;

import static vn.directivecascade.reporting.PeriodicReportProcess.Variables.DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.directivecascade.validation.RoundResettingTaskListener;
import vn.directivecascade.validation.SubmittedTask;

/** approve-report: approve, or return with a comment (which the drafters are told). */
@Component
class ApproveReportListener extends RoundResettingTaskListener {

  private final ReportingService reporting;

  ApproveReportListener(ReportingService reporting) {
    super(DECISION);
    this.reporting = reporting;
  }

  @Override
  protected void validate(DelegateTask task) {
    reporting.decide(SubmittedTask.execution(task).getProcessBusinessKey(), task.getProcessInstanceId(), task.getId(),
        task.getVariables());
  }
}
