package vn.directivecascade.reporting;

import static vn.directivecascade.reporting.PeriodicReportProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
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
    // The form's repeating rows, one per target, with the columns the server reads back (FIGURE_COLUMNS).
    SpinJsonNode rows = Spin.JSON("[]");
    for (ReportingService.PrefilledFigure figure : prefill.figures()) {
      rows.append(Spin.JSON("{}").prop(FIGURE_COLUMNS[0], figure.targetId()).prop(FIGURE_COLUMNS[1], figure.target())
          .prop(FIGURE_COLUMNS[2], figure.numerator()).prop(FIGURE_COLUMNS[3], figure.denominator()));
    }
    execution.setVariable(FIGURES, SpinValues.jsonValue(rows).create());
  }
}
