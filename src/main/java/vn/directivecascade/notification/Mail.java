package vn.directivecascade.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One e-mail to one person: a notification, or a user's daily digest of them. Written in the
 * transaction of the event it reports and sent by a Camunda job once that transaction committed;
 * {@code sentAt} is set when the mail server accepted it, so a retried job never sends it twice.
 */
@Entity
@Table(name = "mail")
public class Mail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The notification's event key and the recipient (or the digest's day and recipient), unique. */
  @Column(name = "event_key", nullable = false, unique = true)
  private String eventKey;

  /** Null for a digest. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "notification_id")
  private Notification notification;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(nullable = false)
  private String address;

  @Column(name = "recipient_name", nullable = false)
  private String recipientName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailDelivery delivery;

  /** For a mail that waited for the daily digest: the digest that carried it. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "digest_id")
  private Mail digest;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected Mail() {
  }

  private Mail(String eventKey, Notification notification, Recipient recipient, MailDelivery delivery, Instant createdAt) {
    this.eventKey = eventKey;
    this.notification = notification;
    this.userId = recipient.userId();
    this.address = recipient.address();
    this.recipientName = Texts.clip(recipient.name(), 300);
    this.delivery = delivery;
    this.createdAt = createdAt;
  }

  static Mail of(Notification notification, Recipient recipient, MailDelivery delivery, Instant createdAt) {
    return new Mail(notification.getEventKey() + ">" + recipient.userId(), notification, recipient, delivery, createdAt);
  }

  static Mail digest(String day, Recipient recipient, Instant createdAt) {
    return new Mail("DIGEST:" + day + ">" + recipient.userId(), null, recipient, MailDelivery.IMMEDIATE, createdAt);
  }

  public Long getId() {
    return id;
  }

  public String getEventKey() {
    return eventKey;
  }

  public Notification getNotification() {
    return notification;
  }

  public boolean isDigest() {
    return notification == null;
  }

  public String getUserId() {
    return userId;
  }

  public String getAddress() {
    return address;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public MailDelivery getDelivery() {
    return delivery;
  }

  public Mail getDigest() {
    return digest;
  }

  void carriedBy(Mail digestMail) {
    this.digest = digestMail;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
