package vn.directivecascade.notification;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whom the current transaction already told about which process instance. One event, one mail: a
 * plan returned for revision reopens its drafting task in the same transaction, and an overdue plan
 * opens its follow-up task for the approvers it was just raised to; the task's opening is then not
 * announced a second time.
 */
@Component
class ToldInThisTransaction {

  void record(String userId, String processInstanceId) {
    if (processInstanceId != null) {
      told().add(userId + "@" + processInstanceId);
    }
  }

  boolean contains(String userId, String processInstanceId) {
    return processInstanceId != null && told().contains(userId + "@" + processInstanceId);
  }

  @SuppressWarnings("unchecked")
  private Set<String> told() {
    Set<String> told = (Set<String>) TransactionSynchronizationManager.getResource(this);
    if (told == null) {
      told = new HashSet<>();
      TransactionSynchronizationManager.bindResource(this, told);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(ToldInThisTransaction.this);
        }
      });
    }
    return told;
  }
}
