package vn.directivecascade.plantask;

import static vn.directivecascade.plantask.PlanTaskProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.directivecascade.validation.SubmittedTask;

/**
 * contribute-task, one per cooperating agency. On create the contribution variable is made local to
 * the agency's instance, so agencies never see or overwrite each other's text; on complete it is
 * checked and kept.
 */
@Component
class ContributeTaskListener implements TaskListener {

  private final PlanTaskService planTasks;

  ContributeTaskListener(PlanTaskService planTasks) {
    this.planTasks = planTasks;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = SubmittedTask.execution(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      execution.setVariableLocal(CONTRIBUTION, null);
    } else {
      planTasks.contribute(execution.getProcessBusinessKey(), (String) execution.getVariable(COOPERATOR_CODE), task.getVariables());
    }
  }
}
