package vn.directivecascade.plantask;

import static vn.directivecascade.plantask.PlanTaskProcess.Variables.TASK_DEADLINE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** plan-task's ServiceTask_ExtendTaskDeadline: the approved deadline is in force; the original stays. */
@Component
class ExtendTaskDeadlineDelegate implements JavaDelegate {

  private final PlanTaskService planTasks;

  ExtendTaskDeadlineDelegate(PlanTaskService planTasks) {
    this.planTasks = planTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(TASK_DEADLINE, planTasks.extend(execution.getProcessBusinessKey(), execution.getVariables()));
  }
}
