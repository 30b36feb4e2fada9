package vn.directivecascade.plantask;

import static vn.directivecascade.plantask.PlanTaskProcess.Variables.TASK_DEADLINE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** plan-task's ServiceTask_RemindLead, at the follow-up date of execute-task. */
@Component
class RemindLeadDelegate implements JavaDelegate {

  private final PlanTaskService planTasks;

  RemindLeadDelegate(PlanTaskService planTasks) {
    this.planTasks = planTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    planTasks.remindLead(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), (String) execution.getVariable(TASK_DEADLINE));
  }
}
