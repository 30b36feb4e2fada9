package vn.directivecascade.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** directive-cascade's ServiceTask_StartReportingCycles: an issued plan's regime starts running. */
@Component
class StartReportingCyclesDelegate implements JavaDelegate {

  private final ReportingService reporting;

  StartReportingCyclesDelegate(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reporting.startCycles((Long) execution.getVariable("issuedPlanId"));
  }
}
