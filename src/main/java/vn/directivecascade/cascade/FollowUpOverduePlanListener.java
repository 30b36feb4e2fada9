package vn.directivecascade.cascade;

import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.directivecascade.validation.RoundResettingTaskListener;
import vn.directivecascade.validation.SubmittedTask;

/** follow-up-overdue-plan: an extension, if given, must move the deadline later and not into the past. */
@Component
class FollowUpOverduePlanListener extends RoundResettingTaskListener {

  private final CascadeService cascade;

  FollowUpOverduePlanListener(CascadeService cascade) {
    super(NEW_DRAFT_DEADLINE);
    this.cascade = cascade;
  }

  @Override
  protected void validate(DelegateTask task) {
    LocalDate extension = cascade.validateFollowUp(SubmittedTask.execution(task).getProcessBusinessKey(),
        (String) task.getVariable(DRAFT_DEADLINE), task.getVariables());
    // Normalised, so the gateway only tells a date from no extension.
    SubmittedTask.execution(task).setVariable(NEW_DRAFT_DEADLINE, extension == null ? null : extension.toString());
  }
}
