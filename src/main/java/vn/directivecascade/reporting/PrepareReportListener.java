package vn.directivecascade.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.directivecascade.validation.SubmittedTask;

/**
 * prepare-report completion: the report is checked on the server (bad input leaves the task open), and
 * who prepared it is kept, so a returned report goes back to them.
 */
@Component
class PrepareReportListener implements TaskListener {

  private final ReportingService reporting;

  PrepareReportListener(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedTask.rememberSubmitter(task, PeriodicReportProcess.Variables.REPORT_PREPARER);
    reporting.validateReport(SubmittedTask.execution(task).getProcessBusinessKey(), task.getVariables());
  }
}
