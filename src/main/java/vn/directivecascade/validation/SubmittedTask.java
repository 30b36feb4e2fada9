package vn.directivecascade.validation;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

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
}
