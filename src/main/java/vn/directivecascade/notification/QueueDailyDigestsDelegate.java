package vn.directivecascade.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_QueueDailyDigests: one digest mail for each user whose notifications waited for it. */
@Component
class QueueDailyDigestsDelegate implements JavaDelegate {

  private final MailDigests digests;

  QueueDailyDigestsDelegate(MailDigests digests) {
    this.digests = digests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(MailDigestProcess.Variables.DIGESTS_QUEUED, digests.queueDigests());
  }
}
