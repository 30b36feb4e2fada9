package vn.directivecascade.reporting;

import static vn.directivecascade.reporting.PeriodicReportProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** periodic-report's ServiceTask_PrefillReport: targets to report on, and a consolidator's consolidation. */
@Component
class PrefillReportDelegate implements JavaDelegate {

  private final ReportingService reporting;

  PrefillReportDelegate(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportingService.Prefill prefill = reporting.prefill(execution.getProcessBusinessKey());
    execution.setVariable(CONSOLIDATION, prefill.consolidation());
    execution.setVariable(FIGURES, prefill.figures());
  }
}
