package vn.directivecascade.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.directivecascade.board.EngineLinks;
import vn.directivecascade.deadline.DeadlineProperties;

/**
 * A mail as its recipient reads it: Vietnamese, from the templates under {@code templates/mail/}.
 * Whatever a notification quotes (a task name, an approver's comment) is escaped text, never markup
 * or template code.
 */
@Component
class MailRenderer {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final int SUBJECT_LENGTH = 150;

  private final ITemplateEngine templates;
  private final MessageSource messages;
  private final MailProperties properties;
  private final DateTimeFormatter dueFormat;

  MailRenderer(ITemplateEngine templates, MessageSource messages, MailProperties properties, DeadlineProperties deadlines) {
    this.templates = templates;
    this.messages = messages;
    this.properties = properties;
    this.dueFormat = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(deadlines.zone());
  }

  MimeMessage render(Mail mail, List<Mail> carried, Session session) throws MessagingException {
    MimeMessage message = new MailMessage(session, mail.getId(), URI.create(properties.baseUrl()).getHost());
    MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
    helper.setFrom(properties.from());
    helper.setTo(mail.getAddress());
    Context context = new Context(VIETNAMESE);
    context.setVariable("recipientName", mail.getRecipientName());
    context.setVariable("preferencesLink", properties.baseUrl() + NotificationPreferencesController.PATH);
    if (mail.isDigest()) {
      List<Item> items = carried.stream().map(item -> item(item.getNotification())).toList();
      context.setVariable("items", items);
      helper.setSubject(text("mail.digest.subject", items.size()));
      helper.setText(templates.process("mail/digest", context), true);
    } else {
      Item item = item(mail.getNotification());
      context.setVariable("item", item);
      helper.setSubject(text("mail.subject." + item.kind(), oneLine(item.message())));
      helper.setText(templates.process("mail/notification", context), true);
    }
    return message;
  }

  private Item item(Notification notification) {
    return new Item(notification.getKind(), text("mail.kind." + notification.getKind()), notification.getMessage(),
        notification.getComment(), notification.getDueAt() == null ? null : dueFormat.format(notification.getDueAt()),
        link(notification));
  }

  /** Where the recipient acts on it: the task in Tasklist, the document on the board, or their work list. */
  private String link(Notification notification) {
    if (notification.getTaskId() != null) {
      return properties.baseUrl() + EngineLinks.tasklistTask(notification.getTaskId());
    }
    if (notification.getDirectiveId() != null) {
      return properties.baseUrl() + "/board/documents/" + notification.getDirectiveId();
    }
    return properties.baseUrl() + "/board/my-work";
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, VIETNAMESE);
  }

  private static String oneLine(String text) {
    return Texts.clip(text.replaceAll("\\s+", " ").trim(), SUBJECT_LENGTH);
  }

  /** One notification as a mail shows it. */
  record Item(NotificationKind kind, String label, String message, String comment, String due, String link) {
  }

  /**
   * The same Message-ID however often the mail is rendered: a mail program shows a mail that reached
   * it twice (a server that took it, then a lost acknowledgement) once.
   */
  private static final class MailMessage extends MimeMessage {

    private final String messageId;

    MailMessage(Session session, long mailId, String host) {
      super(session);
      this.messageId = "<mail-" + mailId + "@" + (host == null ? "directive-cascade" : host) + ">";
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
