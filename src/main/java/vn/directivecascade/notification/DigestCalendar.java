package vn.directivecascade.notification;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.directivecascade.deadline.DeadlineProperties;

/** The daily digest's timer (mail-digest's Timer_DigestDue): every day at the configured time, in the deadline zone. */
@Component
public class DigestCalendar {

  private final MailProperties mail;
  private final DeadlineProperties deadlines;

  DigestCalendar(MailProperties mail, DeadlineProperties deadlines) {
    this.mail = mail;
    this.deadlines = deadlines;
  }

  /** An endless ISO 8601 cycle from the next digest time on, e.g. {@code R/2026-12-03T07:00:00+07:00/P1D}. */
  public String dailyCycle() {
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(deadlines.zone());
    ZonedDateTime next = now.with(mail.digestTime()).withNano(0);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    return "R/" + next.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P1D";
  }
}
