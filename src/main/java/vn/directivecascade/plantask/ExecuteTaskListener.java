package vn.directivecascade.plantask;

import static vn.directivecascade.plantask.PlanTaskProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.directivecascade.validation.SubmittedTask;

/**
 * execute-task. On create (again after a return or an extension decision) the form opens with the
 * contributions received so far, and last round's extension
 * request is cleared so it is not sent again unasked; on complete the submission is checked and who
 * sent it is kept, so the task comes back to them.
 */
@Component
class ExecuteTaskListener implements TaskListener {

  private final PlanTaskService planTasks;

  ExecuteTaskListener(PlanTaskService planTasks) {
    this.planTasks = planTasks;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = SubmittedTask.execution(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      String businessKey = execution.getProcessBusinessKey();
      execution.setVariable(EXTENSION_REQUESTED, false);
      execution.setVariable(CONTRIBUTIONS, planTasks.contributionsText(businessKey));
    } else {
      SubmittedTask.rememberSubmitter(task, TASK_EXECUTOR);
      planTasks.validateExecution(execution.getProcessBusinessKey(), task.getVariables());
    }
  }
}
