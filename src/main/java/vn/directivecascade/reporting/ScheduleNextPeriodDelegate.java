package vn.directivecascade.reporting;

import static vn.directivecascade.reporting.PeriodicReportProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** reporting-cycle's ServiceTask_ScheduleNextPeriod: which period's window the cycle waits for next. */
@Component
class ScheduleNextPeriodDelegate implements JavaDelegate {

  private final ReportingService reporting;

  ScheduleNextPeriodDelegate(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var next = reporting.scheduleNext((Long) execution.getVariable(OBLIGATION_ID), (String) execution.getVariable(NEXT_REPORTER_DUE));
    execution.setVariable(NEXT_PERIOD_KEY, next.map(ReportingService.ScheduledPeriod::periodKey).orElse(null));
    execution.setVariable(NEXT_REPORTER_DUE, next.map(ReportingService.ScheduledPeriod::reporterDue).orElse(null));
  }
}
