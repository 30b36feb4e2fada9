package vn.directivecascade.plantask;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** directive-cascade's ServiceTask_StartPlanTasks: each task of the issued plan starts its schedule. */
@Component
class StartPlanTasksDelegate implements JavaDelegate {

  private final PlanTaskService planTasks;

  StartPlanTasksDelegate(PlanTaskService planTasks) {
    this.planTasks = planTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    planTasks.startSchedules((Long) execution.getVariable("issuedPlanId"));
  }
}
