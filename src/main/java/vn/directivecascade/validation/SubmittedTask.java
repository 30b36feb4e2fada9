package vn.directivecascade.validation;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** What a task listener reads of the task being created or completed. */
public final class SubmittedTask {

  private SubmittedTask() {
  }

  /**
   * The task's execution. It is gone only when a concurrent request completed the same task a
   * moment earlier: that request won, so this one fails as a lost race (the REST API answers 409).
   */
  public static DelegateExecution execution(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    if (execution == null) {
      throw new OptimisticLockingException("Nhiệm vụ " + task.getId() + " vừa được một yêu cầu khác hoàn thành");
    }
    return execution;
  }

  /**
   * Keeps who submitted the task in {@code variable}, the user task's {@code camunda:assignee}: work
   * returned to this step goes back to that person instead of to the whole group. The submitter is
   * the task's assignee (Tasklist has them claim it first), else the user completing it through the API.
   */
  public static void rememberSubmitter(DelegateTask task, String variable) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String submitter = task.getAssignee() != null ? task.getAssignee() : current == null ? null : current.getUserId();
    execution(task).setVariable(variable, submitter);
  }
}
