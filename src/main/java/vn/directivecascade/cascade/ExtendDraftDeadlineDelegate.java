package vn.directivecascade.cascade;

import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_ExtendDraftDeadline: the issuer's approvers gave the organisation more time. */
@Component
class ExtendDraftDeadlineDelegate implements JavaDelegate {

  private final CascadeService cascade;

  ExtendDraftDeadlineDelegate(CascadeService cascade) {
    this.cascade = cascade;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String extended = (String) execution.getVariable(NEW_DRAFT_DEADLINE);
    cascade.extendDraftDeadline(execution.getProcessInstanceId(), extended);
    // The original deadline stays in originalDraftDeadline: an extension never makes the plan on time.
    execution.getProcessInstance().setVariable(DRAFT_DEADLINE, extended);
  }
}
