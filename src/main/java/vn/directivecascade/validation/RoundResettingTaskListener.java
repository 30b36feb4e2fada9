package vn.directivecascade.validation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * For a task that can come round again (a returned plan, a deadline extended twice): on create the
 * variable the form answers is reset, so a completion that does not answer it is caught instead of
 * reusing the last round's answer; on complete the answer is validated on the server.
 */
public abstract class RoundResettingTaskListener implements TaskListener {

  private final String answerVariable;

  protected RoundResettingTaskListener(String answerVariable) {
    this.answerVariable = answerVariable;
  }

  @Override
  public final void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      SubmittedTask.execution(task).setVariable(answerVariable, null);
    } else {
      validate(task);
    }
  }

  protected abstract void validate(DelegateTask task);
}
