package vn.directivecascade.reporting;

import static vn.directivecascade.reporting.PeriodicReportProcess.Variables.REPORT_DUE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** periodic-report's ServiceTask_RemindReporter. */
@Component
class RemindReporterDelegate implements JavaDelegate {

  private final ReportingService reporting;

  RemindReporterDelegate(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reporting.remind(execution.getProcessBusinessKey(), (String) execution.getVariable(REPORT_DUE));
  }
}
