package vn.directivecascade.reporting;

import static vn.directivecascade.reporting.PeriodicReportProcess.Variables.ALL_REPORTS_IN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** periodic-report's ServiceTask_CheckAllReportsIn: a consolidator counts its reporters' reports. */
@Component
class CheckAllReportsInDelegate implements JavaDelegate {

  private final ReportingService reporting;

  CheckAllReportsInDelegate(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ALL_REPORTS_IN, reporting.allReportsIn(execution.getProcessBusinessKey()));
  }
}
