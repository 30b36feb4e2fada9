package vn.directivecascade.plantask;

import static vn.directivecascade.plantask.PlanTaskProcess.Variables.CONTRIBUTIONS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * plan-task's ServiceTask_ShareContribution: the lead's form shows every contribution received so
 * far. A job, so contributions arriving together update the shared text one after the other.
 */
@Component
class ShareContributionsDelegate implements JavaDelegate {

  private final PlanTaskService planTasks;

  ShareContributionsDelegate(PlanTaskService planTasks) {
    this.planTasks = planTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(CONTRIBUTIONS, planTasks.contributionsText(execution.getProcessBusinessKey()));
  }
}
