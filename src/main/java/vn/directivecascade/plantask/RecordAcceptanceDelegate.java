package vn.directivecascade.plantask;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** plan-task's ServiceTask_RecordAcceptance: the accepted product is kept. */
@Component
class RecordAcceptanceDelegate implements JavaDelegate {

  private final PlanTaskService planTasks;

  RecordAcceptanceDelegate(PlanTaskService planTasks) {
    this.planTasks = planTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    planTasks.recordAcceptance(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), execution.getVariables());
  }
}
