package vn.directivecascade.cascade;

import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_RemindDrafters: the reminder before the drafting deadline. */
@Component
class RemindDraftersDelegate implements JavaDelegate {

  private final CascadeService cascade;

  RemindDraftersDelegate(CascadeService cascade) {
    this.cascade = cascade;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cascade.remindDrafters((String) execution.getVariable(ORG_CODE), (Long) execution.getVariable(RECEIVED_DOCUMENT_ID),
        (String) execution.getVariable(DRAFT_DEADLINE), execution.getProcessInstanceId());
  }
}
