package vn.directivecascade.notification;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class NotificationService {

  private final NotificationRepository notifications;

  NotificationService(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  /**
   * Records a notification. {@code occasion} names the event within its kind (e.g. the process
   * instance and the deadline a reminder is for): the pair is unique in the table, so a timer or
   * job that ran twice would fail on the second insert instead of notifying twice.
   */
  public Notification notify(NotificationKind kind, String occasion, String recipientGroup, String organizationCode,
      Long directiveId, String processInstanceId, String message) {
    return notifications.save(new Notification(kind, kind.name() + ":" + occasion, recipientGroup, organizationCode,
        directiveId, processInstanceId, message, ClockUtil.getCurrentTime().toInstant()));
  }

  /**
   * Records a notification unless this event was already notified: for an event that can come
   * round again on purpose, such as a task returned after its deadline re-arming its overdue timer.
   */
  public void notifyOnce(NotificationKind kind, String occasion, String recipientGroup, String organizationCode,
      Long directiveId, String processInstanceId, String message) {
    if (!notifications.existsByEventKey(kind.name() + ":" + occasion)) {
      notify(kind, occasion, recipientGroup, organizationCode, directiveId, processInstanceId, message);
    }
  }

  @Transactional(readOnly = true)
  public List<Notification> latestFor(Collection<String> groups) {
    return groups.isEmpty() ? List.of() : notifications.findTop100ByRecipientGroupInOrderByCreatedAtDesc(groups);
  }

  @Transactional(readOnly = true)
  public List<Notification> ofProcessInstance(String processInstanceId) {
    return notifications.findByProcessInstanceIdOrderByCreatedAt(processInstanceId);
  }
}
