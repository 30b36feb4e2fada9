package vn.directivecascade.plantask;

import static vn.directivecascade.plantask.PlanTaskProcess.Variables.TASK_DEADLINE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** plan-task's ServiceTask_EscalateOverdueTask, when execute-task's deadline in force has passed. */
@Component
class EscalateOverdueTaskDelegate implements JavaDelegate {

  private final PlanTaskService planTasks;

  EscalateOverdueTaskDelegate(PlanTaskService planTasks) {
    this.planTasks = planTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    planTasks.escalateOverdue(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        (String) execution.getVariable(TASK_DEADLINE));
  }
}
