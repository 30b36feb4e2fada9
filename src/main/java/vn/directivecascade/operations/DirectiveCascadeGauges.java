package vn.directivecascade.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.ToLongFunction;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.reporting.PeriodicReportProcess;

/**
 * Gauges of what stands open now, counted in the engine's tables when Prometheus scrapes: every node
 * of a cluster reads the one shared database, so all nodes report the same values.
 */
@Component
class DirectiveCascadeGauges implements MeterBinder {

  /** Every gauge of a scrape, and every scrape within this time, shares one reading of the database. */
  static final Duration CACHE_TIME = Duration.ofSeconds(15);

  private final TaskService taskService;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private Reading reading;

  DirectiveCascadeGauges(TaskService taskService, ManagementService managementService, RuntimeService runtimeService) {
    this.taskService = taskService;
    this.managementService = managementService;
    this.runtimeService = runtimeService;
  }

  private record Reading(Instant at, long overduePlans, long overdueReports, long jobBacklog, long openIncidents) {
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    String overdue = "Open tasks past their due date: plan (draft-plan, approve-plan) or report (prepare-report, approve-report)";
    gauge("directive.cascade.overdue.items", overdue, Reading::overduePlans).tag("kind", "plan").register(registry);
    gauge("directive.cascade.overdue.items", overdue, Reading::overdueReports).tag("kind", "report").register(registry);
    gauge("directive.cascade.job.backlog", "Engine jobs due now and not yet executed", Reading::jobBacklog).register(registry);
    gauge("directive.cascade.open.incidents", "Open engine incidents", Reading::openIncidents).register(registry);
  }

  private Gauge.Builder<?> gauge(String name, String description, ToLongFunction<Reading> value) {
    return Gauge.builder(name, () -> value.applyAsLong(reading())).description(description);
  }

  /**
   * A reading's age is measured on the engine clock, the clock every due date is compared with, so a
   * test that moves the clock, forward or back, gets a fresh reading.
   */
  private synchronized Reading reading() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (reading == null || now.isBefore(reading.at()) || !now.isBefore(reading.at().plus(CACHE_TIME))) {
      reading = read(now);
    }
    return reading;
  }

  private Reading read(Instant now) {
    Date nowDate = Date.from(now);
    long overduePlans = taskService.createTaskQuery().dueBefore(nowDate)
        .taskDefinitionKeyIn(DirectiveCascadeProcess.Elements.DRAFT_PLAN, DirectiveCascadeProcess.Elements.APPROVE_PLAN).count();
    long overdueReports = taskService.createTaskQuery().dueBefore(nowDate)
        .taskDefinitionKeyIn(PeriodicReportProcess.Elements.PREPARE_REPORT, PeriodicReportProcess.Elements.APPROVE_REPORT).count();
    long jobBacklog = managementService.createJobQuery().executable().count();
    long openIncidents = runtimeService.createIncidentQuery().count();
    return new Reading(now, overduePlans, overdueReports, jobBacklog, openIncidents);
  }
}
