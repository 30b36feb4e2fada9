package vn.directivecascade.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.operations.OneEngineCommand;
import vn.directivecascade.organization.Organization;

/**
 * Records what people must be told and posts it to each of them: every notification is written in
 * the transaction of the event it reports, with one {@link Mail} per recipient, so a rolled-back
 * event tells no one and a committed one is mailed by the job executor afterwards.
 */
@Service
@Transactional
public class NotificationService {

  private final NotificationRepository notifications;
  private final Recipients recipients;
  private final Mailbox mailbox;
  private final ToldInThisTransaction told;
  private final OneEngineCommand engine;

  NotificationService(NotificationRepository notifications, Recipients recipients, Mailbox mailbox, ToldInThisTransaction told,
      OneEngineCommand engine) {
    this.notifications = notifications;
    this.recipients = recipients;
    this.mailbox = mailbox;
    this.told = told;
    this.engine = engine;
  }

  /**
   * Tells a group. {@code occasion} names the event within its kind (e.g. the process instance and the
   * deadline a reminder is for): the pair is unique in the table, so a timer or job that ran twice
   * would fail on the second insert instead of notifying twice.
   */
  public Notification notify(NotificationKind kind, String occasion, String recipientGroup, String organizationCode,
      Long directiveId, String processInstanceId, String message) {
    return notify(NotificationEvent.of(kind, occasion, organizationCode, directiveId, processInstanceId, message), recipientGroup);
  }

  public Notification notify(NotificationEvent event, String recipientGroup) {
    Notification notification = notifications.save(new Notification(event, recipientGroup, null, now()));
    post(notification, engine.runUnrestricted(() -> recipients.ofGroup(recipientGroup)));
    return notification;
  }

  /**
   * Tells a group unless this event was already told: for an event that can come round again on
   * purpose, such as a task returned after its deadline re-arming its overdue timer.
   */
  public void notifyOnce(NotificationKind kind, String occasion, String recipientGroup, String organizationCode,
      Long directiveId, String processInstanceId, String message) {
    NotificationEvent event = NotificationEvent.of(kind, occasion, organizationCode, directiveId, processInstanceId, message);
    if (!notifications.existsByEventKey(event.eventKey())) {
      notify(event, recipientGroup);
    }
  }

  /**
   * A task opened for its candidate groups and users, or was given to its assignee: each is told,
   * except whom this transaction already told about the task's process instance (one event, one mail).
   */
  public void taskOpened(OpenedTask task) {
    if (task.assignee() != null) {
      announce(task, null, task.assignee(), engine.runUnrestricted(() -> recipients.ofUser(task.assignee())));
      return;
    }
    for (String group : task.candidateGroups()) {
      announce(task, group, null, engine.runUnrestricted(() -> recipients.ofGroup(group)));
    }
    for (String user : task.candidateUsers()) {
      announce(task, null, user, engine.runUnrestricted(() -> recipients.ofUser(user)));
    }
  }

  @Transactional(readOnly = true)
  public List<Notification> latestFor(String userId, Collection<String> groups) {
    return notifications.findTop100ByRecipientUserOrRecipientGroupInOrderByCreatedAtDesc(userId, groups.isEmpty() ? List.of("") : groups);
  }

  @Transactional(readOnly = true)
  public List<Notification> ofProcessInstance(String processInstanceId) {
    return notifications.findByProcessInstanceIdOrderByCreatedAt(processInstanceId);
  }

  private void announce(OpenedTask task, String group, String user, List<Recipient> addressed) {
    NotificationEvent event = new NotificationEvent(NotificationKind.NEW_TASK,
        task.id() + ">" + (group != null ? group : "user:" + user) + (task.assignee() != null ? ":assigned" : ""),
        group != null ? Organization.codeOfGroup(group) : null, null, task.processInstanceId(), task.name(), task.id(),
        task.due() == null ? null : task.due().toInstant(), null);
    List<Recipient> untold = addressed.stream().filter(r -> !told.contains(r.userId(), task.processInstanceId())).toList();
    boolean toldAlready = !addressed.isEmpty() && untold.isEmpty();
    if (toldAlready || notifications.existsByEventKey(event.eventKey())) {
      return;
    }
    post(notifications.save(new Notification(event, group, user, now())), untold);
  }

  private void post(Notification notification, List<Recipient> to) {
    for (Recipient recipient : to) {
      told.record(recipient.userId(), notification.getProcessInstanceId());
      mailbox.post(notification, recipient);
    }
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** A user task as it opens or is assigned, read off the engine's task by the listener. */
  public record OpenedTask(String id, String name, Date due, String processInstanceId, String assignee,
      Collection<String> candidateGroups, Collection<String> candidateUsers) {
  }
}
