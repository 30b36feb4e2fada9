package vn.directivecascade.notification;

import java.nio.file.Path;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail settings ({@code directive-cascade.mail.*}). The SMTP server itself is Spring Boot's
 * {@code spring.mail.*} (SPRING_MAIL_HOST, SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD).
 *
 * @param transport smtp (production), or folder: each mail an .eml file in {@code folder} (demo)
 * @param from the sender every mail shows
 * @param baseUrl where users reach the application; the links in mails start with it
 * @param digestTime when the daily digest goes out, in the deadline time zone
 * @param retryIntervals the pauses between attempts to hand a mail to the SMTP server (Camunda's
 *     retry-interval syntax); after the last the mail's job becomes an incident
 */
@ConfigurationProperties("directive-cascade.mail")
public record MailProperties(
    @DefaultValue("smtp") Transport transport,
    @DefaultValue("./data/mail") Path folder,
    @DefaultValue("Triển khai văn bản chỉ đạo <no-reply@localhost>") String from,
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("07:00") LocalTime digestTime,
    @DefaultValue("PT1M,PT5M,PT15M,PT1H,PT2H,PT4H,PT8H,PT12H,PT24H,PT24H") String retryIntervals) {

  public enum Transport {
    SMTP,
    FOLDER
  }
}
