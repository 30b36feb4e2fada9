package vn.directivecascade.cascade;

import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_EscalateOverduePlan: marks the plan overdue and raises it to the issuer's approvers. */
@Component
class EscalateOverduePlanDelegate implements JavaDelegate {

  private final CascadeService cascade;

  EscalateOverduePlanDelegate(CascadeService cascade) {
    this.cascade = cascade;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String group = cascade.escalateOverduePlan((String) execution.getVariable(ORG_CODE),
        (Long) execution.getVariable(RECEIVED_DOCUMENT_ID), (String) execution.getVariable(DRAFT_DEADLINE),
        execution.getProcessInstanceId());
    // Process-instance variables, so Cockpit and the REST API can find overdue plans.
    execution.getProcessInstance().setVariable(PLAN_OVERDUE, true);
    execution.getProcessInstance().setVariable(OVERDUE_ESCALATED_TO, group);
  }
}
