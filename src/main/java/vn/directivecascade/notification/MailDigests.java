package vn.directivecascade.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.deadline.DeadlineProperties;

/** The daily digest: each waiting user's notifications in one mail. */
@Service
@Transactional
public class MailDigests {

  private final MailRepository mails;
  private final Mailbox mailbox;
  private final DeadlineProperties deadlines;

  MailDigests(MailRepository mails, Mailbox mailbox, DeadlineProperties deadlines) {
    this.mails = mails;
    this.mailbox = mailbox;
    this.deadlines = deadlines;
  }

  /**
   * Queues one digest per user with waiting mails, each carrying them. A user's digest of a day is
   * made once: its event key names the day.
   *
   * @return how many digests were queued
   */
  public int queueDigests() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    LocalDate day = LocalDate.ofInstant(now, deadlines.zone());
    Map<String, List<Mail>> waiting = new LinkedHashMap<>();
    for (Mail mail : mails.findWaitingForDigest()) {
      waiting.computeIfAbsent(mail.getUserId(), user -> new ArrayList<>()).add(mail);
    }
    int queued = 0;
    for (List<Mail> items : waiting.values()) {
      Mail latest = items.get(items.size() - 1);
      Mail digest = Mail.digest(day.toString(), new Recipient(latest.getUserId(), latest.getAddress(), latest.getRecipientName(),
          MailPreference.DAILY_DIGEST), now);
      if (mails.existsByEventKey(digest.getEventKey())) {
        continue; // today's digest went out already; these wait for tomorrow's
      }
      mails.save(digest);
      items.forEach(item -> item.carriedBy(digest));
      mailbox.schedule(digest);
      queued++;
    }
    return queued;
  }
}
