package vn.directivecascade.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directivecascade.rest.EngineRestClient;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.reporting.PeriodicReportProcess;
import vn.directivecascade.reporting.ReportingRegimeService;
import vn.directivecascade.validation.Decision;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * The project's metrics as Prometheus scrapes them. Tests share one database and one registry, so
 * every assertion is on the change between two scrapes. The clock stands in 2024, before any other
 * test's timers, and only this test's own jobs are run, so no other test's leftovers move a count.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability // tests leave metrics export off unless asked: this turns /actuator/prometheus on
class MetricsTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String CASCADES_STARTED = "directive_cascade_cascades_started_total";
  private static final String PLANS_ISSUED = "directive_cascade_plans_issued_total";
  private static final String REPORTS_SUBMITTED = "directive_cascade_reports_submitted_total";
  private static final String ON_TIME = "timeliness=\"on_time\"";
  private static final String LATE = "timeliness=\"late\"";
  private static final String OVERDUE_ITEMS = "directive_cascade_overdue_items";
  private static final String PLANS = "kind=\"plan\"";
  private static final String REPORTS = "kind=\"report\"";
  private static final String JOB_BACKLOG = "directive_cascade_job_backlog";
  private static final String OPEN_INCIDENTS = "directive_cascade_open_incidents";
  private static final String HOSPITAL = "lai-chau-syt-bvdk";
  private static final String CDC = "lai-chau-syt-cdc";

  @Autowired MockMvc mvc;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired PlatformTransactionManager transactionManager;

  CascadeDriver driver;

  @BeforeEach
  void setUp() {
    driver = new CascadeDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void countsEachStartIssueAndSubmissionOnceItsTransactionCommits() throws Exception {
    clock(2024, 10, 1, 9, 0);
    Scrape before = scrape();

    AtomicReference<String> rolledBack = new AtomicReference<>();
    rolledBackWith(() -> rolledBack.set(driver.start("lai-chau-snv", "lai-chau").getId()));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(rolledBack.get()).count()).isZero();
    assertThat(scrape().since(before, CASCADES_STARTED)).as("a start rolled back after its receipt").isZero();

    // The health department plans for its hospital and CDC, which report yearly by 05/11.
    ProcessInstance department = driver.start("lai-chau-syt", "lai-chau");
    Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-SYT"), List.of(HOSPITAL, CDC));
    draft.put(ReportingRegimeService.Fields.PERIOD_KIND, "ANNUAL");
    draft.put(ReportingRegimeService.Fields.REPORTER_DUE, "05/11");
    taskService.complete(driver.task(department, DirectiveCascadeProcess.Elements.DRAFT_PLAN).getId(), draft);
    driver.approve(department.getId());
    Job issue = managementService.createJobQuery().processInstanceId(department.getId())
        .activityId(DirectiveCascadeProcess.Elements.ISSUE_PLAN).singleResult();
    rolledBackWith(() -> managementService.executeJob(issue.getId()));
    assertThat(scrape().since(before, PLANS_ISSUED)).as("an issue rolled back").isZero();

    executeJobsOf(department, null); // the issue again, then the cascade to both units
    long plan = (Long) runtimeService.getVariable(department.getId(), DirectiveCascadeProcess.Variables.ISSUED_PLAN_ID);
    Scrape issued = scrape();
    assertThat(issued.since(before, CASCADES_STARTED)).as("the department and its two units").isEqualTo(3);
    assertThat(issued.since(before, PLANS_ISSUED)).as("the retried issue counts once").isEqualTo(1);

    clock(2024, 10, 22, 8, 1); // the reporting window opens 14 days before 05/11
    executeJobsOf(department, plan);
    prepareAndApprove(plan, HOSPITAL);
    Job hospitalSubmission = managementService.createJobQuery().processInstanceId(reportInstance(plan, HOSPITAL).getId())
        .activityId(PeriodicReportProcess.Elements.SUBMIT_REPORT).singleResult();
    rolledBackWith(() -> managementService.executeJob(hospitalSubmission.getId()));
    assertThat(scrape().since(before, REPORTS_SUBMITTED, ON_TIME)).as("a submission rolled back").isZero();
    executeJobsOf(department, plan);
    Scrape onTime = scrape();
    assertThat(onTime.since(before, REPORTS_SUBMITTED, ON_TIME)).isEqualTo(1);
    assertThat(onTime.since(before, REPORTS_SUBMITTED, LATE)).isZero();

    clock(2024, 11, 6, 9, 0); // the day after the units' deadline
    prepareAndApprove(plan, CDC);
    executeJobsOf(department, plan);
    Scrape after = scrape();
    assertThat(after.since(before, REPORTS_SUBMITTED, LATE)).isEqualTo(1);
    assertThat(after.since(before, REPORTS_SUBMITTED, ON_TIME)).isEqualTo(1);
    assertThat(after.since(before, CASCADES_STARTED)).isEqualTo(3);
    assertThat(after.since(before, PLANS_ISSUED)).isEqualTo(1);
  }

  @Test
  void gaugesCountAPlanOverdueOnceItsDueDatePassedAndAJobOutOfRetriesAsAnIncident() throws Exception {
    clock(2024, 6, 3, 9, 17);
    ProcessInstance instance = driver.start("lai-chau-skhdt", "lai-chau");
    try {
      Date due = driver.task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN).getDueDate();
      Job overdueTimer = managementService.createJobQuery().processInstanceId(instance.getId())
          .activityId(DirectiveCascadeProcess.Elements.OVERDUE_TIMER).singleResult();
      assertThat(overdueTimer.getDuedate()).isEqualTo(due);

      ClockUtil.setCurrentTime(new Date(due.getTime() - 60_000));
      Scrape beforeDue = scrape();
      ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
      Scrape afterDue = scrape();
      assertThat(afterDue.since(beforeDue, OVERDUE_ITEMS, PLANS)).isEqualTo(1);
      assertThat(afterDue.since(beforeDue, OVERDUE_ITEMS, REPORTS)).isZero();
      assertThat(afterDue.since(beforeDue, JOB_BACKLOG)).as("the overdue timer is due").isEqualTo(1);
      assertThat(afterDue.since(beforeDue, OPEN_INCIDENTS)).isZero();

      managementService.setJobRetries(overdueTimer.getId(), 0);
      assertThat(scrape().since(afterDue, OPEN_INCIDENTS)).as("the same engine time reuses the reading").isZero();
      ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000 + DirectiveCascadeGauges.CACHE_TIME.toMillis()));
      Scrape failed = scrape();
      assertThat(failed.since(afterDue, OPEN_INCIDENTS)).isEqualTo(1);
      assertThat(failed.since(afterDue, JOB_BACKLOG)).as("a job out of retries is not executable").isEqualTo(-1);
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "MetricsTest done");
    }
  }

  /** Runs {@code work}, then in the same transaction a start the server refuses as invalid: all of it rolls back. */
  private void rolledBackWith(Runnable work) {
    InvalidSubmissionException refused = CascadeDriver.catchInvalid(() -> new TransactionTemplate(transactionManager)
        .executeWithoutResult(status -> {
          work.run();
          runtimeService.startProcessInstanceByKey(DirectiveCascadeProcess.KEY,
              CascadeDriver.startVariables("khong-co", "lai-chau", CascadeDriver.uniqueNumber("KH-UBND")));
        }));
    assertThat(refused.errors()).containsOnlyKeys(DirectiveCascadeProcess.Variables.ORG_CODE);
  }

  /** Runs the due jobs of this cascade and of its plan's reporting only, until none is left. */
  private void executeJobsOf(ProcessInstance cascade, Long plan) {
    for (int executed = 0; executed < 100; executed++) {
      Set<String> instances = new HashSet<>();
      runtimeService.createProcessInstanceQuery().rootProcessInstanceId(cascade.getId()).list()
          .forEach(instance -> instances.add(instance.getId()));
      if (plan != null) {
        runtimeService.createProcessInstanceQuery().variableValueEquals(PeriodicReportProcess.Variables.PLAN_ID, plan).list()
            .forEach(instance -> instances.add(instance.getId()));
      }
      List<Job> due = managementService.createJobQuery().processInstanceIds(instances).executable().listPage(0, 1);
      if (due.isEmpty()) {
        return;
      }
      managementService.executeJob(due.get(0).getId());
    }
    throw new AssertionError("jobs still due after 100 executions");
  }

  private void prepareAndApprove(long plan, String orgCode) {
    String instance = reportInstance(plan, orgCode).getId();
    taskService.complete(driver.task(instance, PeriodicReportProcess.Elements.PREPARE_REPORT).getId(),
        Map.of(PeriodicReportProcess.Variables.RESULTS, "Đã tổ chức đối thoại tại nơi làm việc"));
    taskService.complete(driver.task(instance, PeriodicReportProcess.Elements.APPROVE_REPORT).getId(),
        Map.of(PeriodicReportProcess.Variables.DECISION, Decision.APPROVE));
  }

  private ProcessInstance reportInstance(long plan, String orgCode) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
        .variableValueEquals(PeriodicReportProcess.Variables.PLAN_ID, plan)
        .variableValueEquals(PeriodicReportProcess.Variables.ORG_CODE, orgCode).singleResult();
  }

  private Scrape scrape() throws Exception {
    return new Scrape(mvc.perform(get("/actuator/prometheus").accept(MediaType.TEXT_PLAIN)
        // metrics are for administrators (and their Prometheus)
        .header("Authorization", EngineRestClient.basic("demo", EngineRestClient.DEMO_PASSWORD)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  private static void clock(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant()));
  }

  /** One scrape in Prometheus' text format. */
  private record Scrape(String text) {

    /** The value of the one series of {@code name} that has all of {@code labels} (written {@code key="value"}). */
    double value(String name, String... labels) {
      List<Double> values = text.lines().filter(line -> line.startsWith(name + "{"))
          .filter(line -> Arrays.stream(labels).allMatch(line::contains))
          .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).toList();
      assertThat(values).as("series %s %s in\n%s", name, Arrays.toString(labels), text).hasSize(1);
      return values.get(0);
    }

    double since(Scrape earlier, String name, String... labels) {
      return value(name, labels) - earlier.value(name, labels);
    }
  }
}
