package vn.directivecascade.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The configured transport; SMTP without a server to send to refuses to start. */
@Configuration(proxyBeanMethods = false)
class MailTransports {

  static final String NO_SMTP_SERVER = "Không có máy chủ thư: đặt SPRING_MAIL_HOST (và SPRING_MAIL_PORT, SPRING_MAIL_USERNAME,"
      + " SPRING_MAIL_PASSWORD), hoặc directive-cascade.mail.transport=folder (No SMTP server: set SPRING_MAIL_HOST, or"
      + " directive-cascade.mail.transport=folder to write mails to a folder)";

  @Bean
  MailTransport mailTransport(MailProperties properties, ObjectProvider<JavaMailSender> smtp) {
    return switch (properties.transport()) {
      case SMTP -> {
        if (!(smtp.getIfAvailable() instanceof JavaMailSenderImpl sender)) {
          throw new IllegalStateException(NO_SMTP_SERVER);
        }
        yield new Smtp(sender);
      }
      case FOLDER -> new Folder(properties.folder());
    };
  }

  /** Hands mails to the SMTP server of spring.mail.*. */
  record Smtp(JavaMailSenderImpl sender) implements MailTransport {

    @Override
    public Session session() {
      return sender.getSession();
    }

    @Override
    public void send(MimeMessage message, long mailId) {
      sender.send(message);
    }

    @Override
    public String describe() {
      return "smtp://" + sender.getHost() + ":" + (sender.getPort() > 0 ? sender.getPort() : 25);
    }
  }

  /**
   * Writes each mail as {@code mail-<id>.eml}, which any mail program opens. The same mail always
   * gets the same file name, and the file appears complete or not at all.
   */
  record Folder(Path folder) implements MailTransport {

    private static final Session SESSION = Session.getInstance(new Properties());

    @Override
    public Session session() {
      return SESSION;
    }

    @Override
    public void send(MimeMessage message, long mailId) throws MessagingException, IOException {
      Files.createDirectories(folder);
      Path part = folder.resolve("mail-" + mailId + ".eml.part");
      try (OutputStream out = Files.newOutputStream(part)) {
        message.saveChanges();
        message.writeTo(out);
      }
      Files.move(part, folder.resolve("mail-" + mailId + ".eml"), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public String describe() {
      return "folder " + folder.toAbsolutePath().normalize();
    }
  }
}
