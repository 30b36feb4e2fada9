package vn.directivecascade.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the cascade's business events for Prometheus. The services call it where the event
 * happens, but a count is added only once the surrounding transaction commits: a job that rolls back
 * and is retried, or a submission refused after the work began, counts nothing.
 */
@Component
public class DirectiveCascadeMetrics {

  private final Counter cascadesStarted;
  private final Counter plansIssued;
  private final Counter reportsOnTime;
  private final Counter reportsLate;

  DirectiveCascadeMetrics(MeterRegistry registry) {
    cascadesStarted = Counter.builder("directive.cascade.cascades.started")
        .description("Organisations' directive-cascade instances that received their document").register(registry);
    plansIssued = Counter.builder("directive.cascade.plans.issued")
        .description("Implementing plans issued").register(registry);
    reportsOnTime = reportsSubmitted(registry, "on_time");
    reportsLate = reportsSubmitted(registry, "late");
  }

  private static Counter reportsSubmitted(MeterRegistry registry, String timeliness) {
    return Counter.builder("directive.cascade.reports.submitted").tag("timeliness", timeliness)
        .description("Periodic reports submitted, on time or after their original due date").register(registry);
  }

  public void cascadeStarted() {
    afterCommit(cascadesStarted);
  }

  public void planIssued() {
    afterCommit(plansIssued);
  }

  public void reportSubmitted(boolean late) {
    afterCommit(late ? reportsLate : reportsOnTime);
  }

  private static void afterCommit(Counter counter) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      counter.increment();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        counter.increment();
      }
    });
  }
}
