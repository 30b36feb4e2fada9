package vn.directivecascade.plantask;

import static vn.directivecascade.plantask.PlanTaskProcess.Variables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.directivecascade.deadline.TaskCycle;

/** plan-task-schedule's ServiceTask_ScheduleNextCycle: the cycle after the one just opened, if any. */
@Component
class ScheduleNextTaskCycleDelegate implements JavaDelegate {

  private final PlanTaskService planTasks;

  ScheduleNextTaskCycleDelegate(PlanTaskService planTasks) {
    this.planTasks = planTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<TaskCycle> next = planTasks.scheduleNext((Long) execution.getVariable(TASK_ID), (String) execution.getVariable(NEXT_CYCLE_KEY));
    execution.setVariable(NEXT_CYCLE_KEY, next.map(TaskCycle::key).orElse(null));
    execution.setVariable(NEXT_CYCLE_OPENS, next.map(planTasks::openingDay).orElse(null));
  }
}
