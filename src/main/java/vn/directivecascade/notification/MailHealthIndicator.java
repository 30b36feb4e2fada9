package vn.directivecascade.notification;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code mail} in /actuator/health: WARNING while mails cannot be handed to the mail server (their
 * jobs failed and wait for a retry, or ran out of retries as incidents); the mails stay queued and
 * the work they report is unaffected, so this is a warning, not DOWN.
 */
@Component("mail")
class MailHealthIndicator extends AbstractHealthIndicator {

  static final Status WARNING = new Status("WARNING", "E-mail chưa gửi được (mails cannot be delivered)");
  /** Failing jobs are few unless mail is down; a page is enough to count them and read the latest error. */
  private static final int FAILED_JOBS_READ = 1000;

  private final ManagementService managementService;
  private final MailRepository mails;
  private final MailTransport transport;

  MailHealthIndicator(ManagementService managementService, MailRepository mails, MailTransport transport) {
    this.managementService = managementService;
    this.mails = mails;
    this.transport = transport;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    List<Job> failing = managementService.createJobQuery().withException().listPage(0, FAILED_JOBS_READ).stream()
        .filter(job -> job instanceof JobEntity entity && SendMailJobHandler.TYPE.equals(entity.getJobHandlerType()))
        .toList();
    builder.status(failing.isEmpty() ? Status.UP : WARNING)
        .withDetail("transport", transport.describe())
        .withDetail("queued", mails.countBySentAtIsNullAndDelivery(MailDelivery.IMMEDIATE))
        .withDetail("failing", failing.size())
        .withDetail("incidents", failing.stream().filter(job -> job.getRetries() == 0).count());
    failing.stream().max(Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(Comparator.naturalOrder())))
        .ifPresent(latest -> builder.withDetail("lastError", latest.getExceptionMessage()));
  }
}
