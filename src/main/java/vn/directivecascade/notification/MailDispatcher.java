package vn.directivecascade.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends one queued mail, from its job: at most once, whatever retried or ran twice. */
@Service
class MailDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

  private final MailRepository mails;
  private final MailRenderer renderer;
  private final MailTransport transport;
  private final TransactionTemplate ownTransaction;

  MailDispatcher(MailRepository mails, MailRenderer renderer, MailTransport transport, PlatformTransactionManager transactions) {
    this.mails = mails;
    this.renderer = renderer;
    this.transport = transport;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Renders and sends the mail unless it was sent already (a job retried after its transaction failed,
   * or a second job for it). It is marked sent in a transaction of its own the moment the server took
   * it, so the mark survives whatever fails in the job's transaction afterwards.
   */
  void send(long mailId) {
    Mail mail = mails.findById(mailId).orElse(null);
    if (mail == null || mail.getSentAt() != null) {
      LOG.debug("Mail {} already sent or gone: nothing to do", mailId);
      return;
    }
    List<Mail> carried = mail.isDigest() ? mails.findCarriedBy(mail) : List.of();
    try {
      MimeMessage message = renderer.render(mail, carried, transport.session());
      transport.send(message, mail.getId());
    } catch (MessagingException | MailException e) {
      throw new MailSendException("Thư " + mailId + " tới " + mail.getAddress() + " chưa gửi được: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Thư " + mailId + " chưa ghi được: " + e.getMessage(), e);
    }
    ownTransaction.executeWithoutResult(status -> mails.markSent(mailId, ClockUtil.getCurrentTime().toInstant()));
  }
}
