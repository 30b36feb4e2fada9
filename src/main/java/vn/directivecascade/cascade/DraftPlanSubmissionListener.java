package vn.directivecascade.cascade;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.directivecascade.validation.SubmittedTask;

/**
 * Completion of draft-plan: the server checks the draft, so a bad submission leaves the task open, and
 * keeps who drafted it, so a returned plan goes back to them.
 */
@Component
class DraftPlanSubmissionListener implements TaskListener {

  private final CascadeService cascade;

  DraftPlanSubmissionListener(CascadeService cascade) {
    this.cascade = cascade;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedTask.rememberSubmitter(task, DirectiveCascadeProcess.Variables.PLAN_DRAFTER);
    cascade.validateDraft(SubmittedTask.execution(task).getProcessBusinessKey(), task.getVariables());
  }
}
