package vn.directivecascade.notification;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.directivecascade.operations.OneEngineCommand;

/**
 * Queues a notification's mail to one recipient: sent by its own job, or kept for the recipient's
 * daily digest. Both are written in the caller's transaction.
 */
@Component
class Mailbox {

  private final MailRepository mails;
  private final OneEngineCommand engine;

  Mailbox(MailRepository mails, OneEngineCommand engine) {
    this.mails = mails;
    this.engine = engine;
  }

  void post(Notification notification, Recipient recipient) {
    MailDelivery delivery = recipient.preference() == MailPreference.DAILY_DIGEST ? MailDelivery.IN_DIGEST : MailDelivery.IMMEDIATE;
    Mail mail = Mail.of(notification, recipient, delivery, ClockUtil.getCurrentTime().toInstant());
    if (mails.existsByEventKey(mail.getEventKey())) {
      return;
    }
    mails.save(mail);
    if (delivery == MailDelivery.IMMEDIATE) {
      schedule(mail);
    }
  }

  /** Its job joins the current transaction: the job executor sees it only once the mail is committed. */
  void schedule(Mail mail) {
    engine.run(() -> {
      SendMailJobHandler.schedule(Context.getCommandContext(), mail.getId());
      return null;
    });
  }
}
