package vn.directivecascade.cascade;

import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.directivecascade.validation.RoundResettingTaskListener;
import vn.directivecascade.validation.SubmittedTask;

/** approve-plan: the decision must be approve, or return with a comment (which the drafters are told). */
@Component
class ApprovePlanSubmissionListener extends RoundResettingTaskListener {

  private final CascadeService cascade;

  ApprovePlanSubmissionListener(CascadeService cascade) {
    super(DECISION);
    this.cascade = cascade;
  }

  @Override
  protected void validate(DelegateTask task) {
    cascade.decide(SubmittedTask.execution(task).getProcessBusinessKey(), task.getProcessInstanceId(), task.getId(),
        task.getVariables());
  }
}
