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

/** A message to a group, kept as a record; a mail or SMS sender can deliver from this table. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NotificationKind kind;

  @Column(name = "recipient_group", nullable = false)
  private String recipientGroup;

  @Column(name = "organization_code", nullable = false)
  private String organizationCode;

  @Column(name = "directive_id")
  private Long directiveId;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(nullable = false)
  private String message;

  /** What caused it (kind, subject and occasion), unique: one event never notifies twice. */
  @Column(name = "event_key", nullable = false, unique = true)
  private String eventKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Notification() {
  }

  Notification(NotificationKind kind, String eventKey, String recipientGroup, String organizationCode, Long directiveId,
      String processInstanceId, String message, Instant createdAt) {
    this.kind = kind;
    this.eventKey = eventKey;
    this.recipientGroup = recipientGroup;
    this.organizationCode = organizationCode;
    this.directiveId = directiveId;
    this.processInstanceId = processInstanceId;
    this.message = message;
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

  public Instant getCreatedAt() {
    return createdAt;
  }
}
