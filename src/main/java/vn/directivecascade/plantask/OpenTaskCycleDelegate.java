package vn.directivecascade.plantask;

import static vn.directivecascade.plantask.PlanTaskProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** plan-task-schedule's ServiceTask_OpenCycle: the cycle's plan-task starts. */
@Component
class OpenTaskCycleDelegate implements JavaDelegate {

  private final PlanTaskService planTasks;

  OpenTaskCycleDelegate(PlanTaskService planTasks) {
    this.planTasks = planTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    planTasks.openCycle((Long) execution.getVariable(TASK_ID), (String) execution.getVariable(NEXT_CYCLE_KEY));
  }
}
