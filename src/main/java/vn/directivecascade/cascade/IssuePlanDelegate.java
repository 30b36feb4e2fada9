package vn.directivecascade.cascade;

import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.*;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_IssuePlan: persists the approved plan and names the organisations to cascade to. */
@Component
class IssuePlanDelegate implements JavaDelegate {

  private final CascadeService cascade;

  IssuePlanDelegate(CascadeService cascade) {
    this.cascade = cascade;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String orgCode = (String) execution.getVariable(ORG_CODE);
    long receivedDocumentId = (Long) execution.getVariable(RECEIVED_DOCUMENT_ID);
    CascadeService.IssuedPlan plan = cascade.issuePlan(orgCode, receivedDocumentId, execution.getVariables());
    execution.setVariable(ISSUED_PLAN_ID, plan.planId());
    execution.setVariable(CASCADE_TARGETS, new ArrayList<>(plan.implementingOrganizations()));
  }
}
