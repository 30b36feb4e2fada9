package vn.directivecascade.plantask;

import static vn.directivecascade.plantask.PlanTaskProcess.Variables.DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.directivecascade.validation.RoundResettingTaskListener;
import vn.directivecascade.validation.SubmittedTask;

/**
 * The three decisions of a plan task (approve, or return with a comment the lead is told), each
 * checked for who may take it: confirm-task by the lead's approvers, decide-extension and
 * accept-task by the issuer's.
 */
@Component
class PlanTaskDecisionListener extends RoundResettingTaskListener {

  private final PlanTaskService planTasks;

  PlanTaskDecisionListener(PlanTaskService planTasks) {
    super(DECISION);
    this.planTasks = planTasks;
  }

  @Override
  protected void validate(DelegateTask task) {
    String businessKey = SubmittedTask.execution(task).getProcessBusinessKey();
    String instance = task.getProcessInstanceId();
    switch (task.getTaskDefinitionKey()) {
      case PlanTaskProcess.Elements.CONFIRM_TASK -> planTasks.confirm(businessKey, instance, task.getId(), task.getVariables());
      case PlanTaskProcess.Elements.DECIDE_EXTENSION -> planTasks.decideExtension(businessKey, instance, task.getId(), task.getVariables());
      case PlanTaskProcess.Elements.ACCEPT_TASK -> planTasks.accept(businessKey, instance, task.getId(), task.getVariables());
      default -> throw new IllegalStateException("no decision on " + task.getTaskDefinitionKey());
    }
  }
}
