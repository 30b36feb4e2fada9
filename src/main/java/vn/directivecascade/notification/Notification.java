package vn.directivecascade.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message to a group or to one user, kept as a record: {@code /api/notifications} lists it, and
 * each member of the group receives it by e-mail ({@link Mail}).
 */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NotificationKind kind;

  /** The group it is for, or null when it is for one user. */
  @Column(name = "recipient_group")
  private String recipientGroup;

  @Column(name = "recipient_user")
  private String recipientUser;

  /** The organisation it is about, when it is about one. */
  @Column(name = "organization_code")
  private String organizationCode;

  @Column(name = "directive_id")
  private Long directiveId;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(nullable = false)
  private String message;

  /** The task it announces, if any: mails link to it in Tasklist. */
  @Column(name = "task_id")
  private String taskId;

  @Column(name = "due_at")
  private Instant dueAt;

  /** What an approver wrote when returning work. */
  private String comment;

  /** What caused it (kind, subject and occasion), unique: one event never notifies twice. */
  @Column(name = "event_key", nullable = false, unique = true)
  private String eventKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Notification() {
  }

  Notification(NotificationEvent event, String recipientGroup, String recipientUser, Instant createdAt) {
    this.kind = event.kind();
    this.eventKey = event.eventKey();
    this.recipientGroup = recipientGroup;
    this.recipientUser = recipientUser;
    this.organizationCode = event.organizationCode();
    this.directiveId = event.directiveId();
    this.processInstanceId = event.processInstanceId();
    this.message = Texts.clip(event.message(), 2000);
    this.taskId = event.taskId();
    this.dueAt = event.dueAt();
    this.comment = Texts.clip(event.comment(), 4000);
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getEventKey() {
    return eventKey;
  }

  public String getRecipientGroup() {
    return recipientGroup;
  }

  public String getRecipientUser() {
    return recipientUser;
  }

  public String getOrganizationCode() {
    return organizationCode;
  }

  public Long getDirectiveId() {
    return directiveId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getMessage() {
    return message;
  }

  public String getTaskId() {
    return taskId;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public String getComment() {
    return comment;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
