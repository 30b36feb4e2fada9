package vn.directivecascade.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** periodic-report's ServiceTask_CheckReportingPeriod: nobody starts a report for a period that is not open. */
@Component
class CheckReportingPeriodDelegate implements JavaDelegate {

  private final ReportingService reporting;

  CheckReportingPeriodDelegate(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reporting.checkPeriodOpen(execution.getProcessBusinessKey(), execution.getVariables());
  }
}
