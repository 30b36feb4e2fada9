package vn.directivecascade.notification;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.DisposableBean;
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
class MailHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  static final Status WARNING = new Status("WARNING", "E-mail chưa gửi được (mails cannot be delivered)");
  /** Failing jobs are few unless mail is down; a page is enough to count them and read the latest error. */
  private static final int FAILED_JOBS_READ = 1000;
  /**
   * The queue is read from the database: while the database is away that would wait out the pool's
   * connection timeout on every health request, after the db check already did. Beyond this, UNKNOWN.
   */
  private static final Duration BUDGET = Duration.ofSeconds(2);

  private final ManagementService managementService;
  private final MailRepository mails;
  private final MailTransport transport;
  private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "mail-health");
    thread.setDaemon(true);
    return thread;
  });

  MailHealthIndicator(ManagementService managementService, MailRepository mails, MailTransport transport) {
    this.managementService = managementService;
    this.mails = mails;
    this.transport = transport;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws InterruptedException, ExecutionException {
    builder.withDetail("transport", transport.describe());
    Future<Health> read = reader.submit(this::queue);
    try {
      Health queue = read.get(BUDGET.toMillis(), TimeUnit.MILLISECONDS);
      builder.status(queue.getStatus()).withDetails(queue.getDetails());
    } catch (TimeoutException e) {
      read.cancel(true);
      builder.unknown().withDetail("error", "the mail queue could not be read within " + BUDGET.toSeconds() + " s");
    }
  }

  private Health queue() {
    List<Job> failing = managementService.createJobQuery().withException().listPage(0, FAILED_JOBS_READ).stream()
        .filter(job -> job instanceof JobEntity entity && SendMailJobHandler.TYPE.equals(entity.getJobHandlerType()))
        .toList();
    Health.Builder health = new Health.Builder(failing.isEmpty() ? Status.UP : WARNING)
        .withDetail("queued", mails.countBySentAtIsNullAndDelivery(MailDelivery.IMMEDIATE))
        .withDetail("failing", failing.size())
        .withDetail("incidents", failing.stream().filter(job -> job.getRetries() == 0).count());
    failing.stream().max(Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(Comparator.naturalOrder())))
        .ifPresent(latest -> health.withDetail("lastError", latest.getExceptionMessage()));
    return health.build();
  }

  @Override
  public void destroy() {
    reader.shutdownNow();
  }
}
