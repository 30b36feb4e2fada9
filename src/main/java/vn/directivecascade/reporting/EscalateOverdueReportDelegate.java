package vn.directivecascade.reporting;

import static vn.directivecascade.reporting.PeriodicReportProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** periodic-report's ServiceTask_EscalateOverdueReport: marked overdue, raised to the recipient's approvers. */
@Component
class EscalateOverdueReportDelegate implements JavaDelegate {

  private final ReportingService reporting;

  EscalateOverdueReportDelegate(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reporting.escalateOverdue(execution.getProcessBusinessKey(), (String) execution.getVariable(REPORT_DUE),
        (String) execution.getVariable(RECIPIENT_CODE));
    execution.getProcessInstance().setVariable(REPORT_OVERDUE, true);
  }
}
