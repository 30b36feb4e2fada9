package vn.directivecascade.reporting;

import static vn.directivecascade.reporting.PeriodicReportProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** reporting-cycle's ServiceTask_OpenReportingPeriod: the window opens, the reports start. */
@Component
class OpenReportingPeriodDelegate implements JavaDelegate {

  private final ReportingService reporting;

  OpenReportingPeriodDelegate(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reporting.openPeriod((Long) execution.getVariable(OBLIGATION_ID), (String) execution.getVariable(NEXT_PERIOD_KEY));
  }
}
