package vn.directivecascade.notification;

import java.time.Instant;

/**
 * What happened, for whom to be told: {@code occasion} names the event within its kind (e.g. the
 * process instance and the deadline a reminder is for), so that kind and occasion identify it.
 */
public record NotificationEvent(NotificationKind kind, String occasion, String organizationCode, Long directiveId,
    String processInstanceId, String message, String taskId, Instant dueAt, String comment) {

  public static NotificationEvent of(NotificationKind kind, String occasion, String organizationCode, Long directiveId,
      String processInstanceId, String message) {
    return new NotificationEvent(kind, occasion, organizationCode, directiveId, processInstanceId, message, null, null, null);
  }

  /** The same event, carrying what an approver wrote. */
  public NotificationEvent withComment(String text) {
    return new NotificationEvent(kind, occasion, organizationCode, directiveId, processInstanceId, message, taskId, dueAt, text);
  }

  String eventKey() {
    return kind.name() + ":" + occasion;
  }
}
