package vn.directivecascade.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** periodic-report's ServiceTask_SubmitReport: the approved report is kept and sent on. */
@Component
class SubmitReportDelegate implements JavaDelegate {

  private final ReportingService reporting;

  SubmitReportDelegate(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reporting.submit(execution.getProcessBusinessKey(), execution.getVariables());
  }
}
