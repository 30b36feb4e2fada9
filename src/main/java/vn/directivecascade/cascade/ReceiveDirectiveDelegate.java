package vn.directivecascade.cascade;

import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.directivecascade.organization.Organization;

/** ServiceTask_ReceiveDirective: registers the received document and prepares drafting. */
@Component
class ReceiveDirectiveDelegate implements JavaDelegate {

  private final CascadeService cascade;

  ReceiveDirectiveDelegate(CascadeService cascade) {
    this.cascade = cascade;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CascadeService.Reception reception = cascade.receive(execution.getProcessInstanceId(), execution.getVariables());
    execution.setProcessBusinessKey(reception.businessKey());
    execution.setVariable(RECEIVED_DOCUMENT_ID, reception.documentId());
    execution.setVariable(ORG_NAME, reception.organizationName());
    execution.setVariable(DRAFT_DEADLINE, reception.draftDeadline().toString());
    execution.setVariable(ORIGINAL_DRAFT_DEADLINE, reception.draftDeadline().toString());
    execution.setVariable(PLAN_DRAFTER, null); // nobody yet: the first draft is the organisation's drafters' to claim
    // Checklist options and its preselection: every organisation directly below.
    SpinJsonNode options = Spin.JSON("[]");
    SpinJsonNode preselected = Spin.JSON("[]");
    for (Organization below : reception.organizationsBelow()) {
      options.append(Spin.JSON("{}").prop("label", below.getName()).prop("value", below.getCode()));
      preselected.append(below.getCode());
    }
    execution.setVariable(SUBORDINATE_OPTIONS, SpinValues.jsonValue(options).create());
    execution.setVariable(CASCADE_ORGS, SpinValues.jsonValue(preselected).create());
  }
}
