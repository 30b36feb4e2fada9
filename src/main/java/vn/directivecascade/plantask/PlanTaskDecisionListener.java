package vn.directivecascade.plantask;

import static vn.directivecascade.plantask.PlanTaskProcess.Variables.DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.directivecascade.validation.RoundResettingTaskListener;
import vn.directivecascade.validation.SubmittedTask;

/**
 * The three decisions of a plan task (approve, or return with a comment), each checked for who may
 * take it: confirm-task by the lead's approvers, decide-extension and accept-task by the issuer's.
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
    switch (task.getTaskDefinitionKey()) {
      case PlanTaskProcess.Elements.CONFIRM_TASK -> planTasks.validateConfirmation(businessKey, task.getVariables());
      case PlanTaskProcess.Elements.DECIDE_EXTENSION -> planTasks.validateExtensionDecision(businessKey, task.getVariables());
      case PlanTaskProcess.Elements.ACCEPT_TASK -> planTasks.validateAcceptance(businessKey, task.getVariables());
      default -> throw new IllegalStateException("no decision on " + task.getTaskDefinitionKey());
    }
  }
}
