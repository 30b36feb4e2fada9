package vn.directivecascade.cascade;

import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * approve-plan: on create the previous round's decision is cleared, so a completion that sends no
 * decision is caught; on complete the decision must be approve, or return with a comment.
 */
@Component
class ApprovePlanSubmissionListener implements TaskListener {

  private final CascadeService cascade;

  ApprovePlanSubmissionListener(CascadeService cascade) {
    this.cascade = cascade;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariable(DECISION);
    } else {
      cascade.validateDecision(task.getVariables());
    }
  }
}
