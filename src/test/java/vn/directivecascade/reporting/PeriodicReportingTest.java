package vn.directivecascade.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.directivecascade.reporting.PeriodicReportProcess.Variables.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.deadline.WorkingDays;
import vn.directivecascade.notification.Notification;
import vn.directivecascade.notification.NotificationKind;
import vn.directivecascade.notification.NotificationService;

/** Reporting regimes run on timers through simulated years, on the real engine clock. */
@SpringBootTest
class PeriodicReportingTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ReportRepository reports;
  @Autowired ReportingService reporting;
  @Autowired NotificationService notifications;
  @Autowired ReportingStatusService statuses;

  CascadeDriver driver;
  ReportingDriver reportingDriver;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    driver = new CascadeDriver(engine);
    reportingDriver = new ReportingDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void laiChauHealthChainReportsTwoYearsUnitsBy0511AndTheDepartmentBy0512() {
    clock(2025, 10, 1, 9, 0);
    long plan = reportingDriver.issuePlan("lai-chau-syt", "lai-chau", List.of("lai-chau-syt-bvdk", "lai-chau-syt-cdc"),
        Map.of(ReportingRegimeService.Fields.PERIOD_KIND, "ANNUAL", ReportingRegimeService.Fields.REPORTER_DUE, "05/11",
            ReportingRegimeService.Fields.CONSOLIDATOR_DUE, "05/12",
            ReportingRegimeService.Fields.TARGETS, "Đơn vị tổ chức đối thoại tại nơi làm việc | >= | 75 | %"));
    ProcessInstance cycle = cycleOf(plan);
    assertThat(cycle).isWaitingAt("Gateway_WaitForWindow");
    assertThat(windowTimer(cycle).getDuedate()).as("the 2025 window opens 14 days before 05/11").isEqualTo(at(2025, 10, 22, 8, 0));

    // 2025: the window opens; both units report on time with their figures.
    clock(2025, 10, 22, 8, 1);
    driver.executeJobs();
    assertThat(windowTimer(cycle).getDuedate()).as("then waits for 2026").isEqualTo(at(2026, 10, 22, 8, 0));
    Task hospital = reportTask(plan, "lai-chau-syt-bvdk", "2025-ANNUAL-1", PeriodicReportProcess.Elements.PREPARE_REPORT);
    assertThat(hospital).hasCandidateGroup("lai-chau-syt-bvdk-drafters");
    assertThat(hospital.getDueDate()).isEqualTo(at(2025, 11, 5, 23, 59, 59));
    assertThat(hospital.getFollowUpDate()).isEqualTo(at(2025, 11, 2, 8, 0));
    ProcessInstance department = reportInstance(plan, "lai-chau-syt", "2025-ANNUAL-1");
    assertThat(department).isWaitingAt(PeriodicReportProcess.Elements.WAIT_FOR_REPORTERS);

    reportingDriver.submit(plan, "lai-chau-syt-bvdk", "2025-ANNUAL-1", 3, 4);
    reportingDriver.submit(plan, "lai-chau-syt-cdc", "2025-ANNUAL-1", 6, 8);
    Task consolidation = reportTask(plan, "lai-chau-syt", "2025-ANNUAL-1", PeriodicReportProcess.Elements.PREPARE_REPORT);
    assertThat(consolidation.getDueDate()).as("the department by 05/12").isEqualTo(at(2025, 12, 5, 23, 59, 59));
    String summary = (String) taskService.getVariable(consolidation.getId(), CONSOLIDATION);
    assertThat(summary).contains("Báo cáo đúng hạn (2)", "Chưa báo cáo (0)", "9/12 = 75.0 % – đạt");
    SpinJsonNode prefilled = ((SpinJsonNode) taskService.getVariable(consolidation.getId(), FIGURES)).elements().get(0);
    assertThat(prefilled.prop("label").stringValue()).as("prefilled with the sums").isEqualTo("Đơn vị tổ chức đối thoại tại nơi làm việc >= 75 %");
    assertThat(prefilled.prop("numerator").stringValue() + "/" + prefilled.prop("denominator").stringValue()).isEqualTo("9/12");
    reportingDriver.submit(plan, "lai-chau-syt", "2025-ANNUAL-1", 9, 12);
    assertThat(reports.findByPlanIdAndPeriodKey(plan, "2025-ANNUAL-1")).hasSize(3).allMatch(report -> !reporting.isLate(report));

    // 2026: the cdc is late; it is flagged and raised, the department goes on, the late report is kept as late.
    clock(2026, 10, 22, 8, 1);
    driver.executeJobs();
    reportingDriver.submit(plan, "lai-chau-syt-bvdk", "2026-ANNUAL-1", 4, 4);
    clock(2026, 11, 6, 9, 0);
    driver.executeJobs();
    ProcessInstance lateUnit = reportInstance(plan, "lai-chau-syt-cdc", "2026-ANNUAL-1");
    assertThat(runtimeService.getVariable(lateUnit.getId(), REPORT_OVERDUE)).isEqualTo(true);
    assertThat(notifications.latestFor("lai-chau-syt-approver", List.of("lai-chau-syt-approvers"))).extracting(Notification::getKind, Notification::getOrganizationCode)
        .contains(org.assertj.core.groups.Tuple.tuple(NotificationKind.REPORT_OVERDUE, "lai-chau-syt-cdc"));
    String lateSummary = (String) taskService.getVariable(
        reportTask(plan, "lai-chau-syt", "2026-ANNUAL-1", PeriodicReportProcess.Elements.PREPARE_REPORT).getId(), CONSOLIDATION);
    assertThat(lateSummary).contains("Chưa báo cáo (1): Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu", "4/4 = 100.0 % – đạt");
    reportingDriver.submit(plan, "lai-chau-syt-cdc", "2026-ANNUAL-1", 1, 2);
    Report late = reports.findByPlanIdAndOrganizationCodeAndPeriodKey(plan, "lai-chau-syt-cdc", "2026-ANNUAL-1").orElseThrow();
    assertThat(reporting.isLate(late)).isTrue();
    assertThat(late.getDueDate()).isEqualTo(LocalDate.of(2026, 11, 5));

    // The matrix, derived from the engine, the reports and the deadlines.
    ReportingStatusService.Matrix matrix = statuses.matrix(plan).orElseThrow();
    assertThat(statusesOf(matrix, "lai-chau-syt-bvdk")).containsExactly(ReportStatus.SUBMITTED_ON_TIME, ReportStatus.SUBMITTED_ON_TIME, ReportStatus.NOT_YET_OPEN);
    assertThat(statusesOf(matrix, "lai-chau-syt-cdc")).containsExactly(ReportStatus.SUBMITTED_ON_TIME, ReportStatus.SUBMITTED_LATE, ReportStatus.NOT_YET_OPEN);
    assertThat(statusesOf(matrix, "lai-chau-syt")).containsExactly(ReportStatus.SUBMITTED_ON_TIME, ReportStatus.OPEN, ReportStatus.NOT_YET_OPEN);
    assertThat(matrix.sections().get(0).rows().get(0).cells()).extracting(ReportingStatusService.Cell::periodKey)
        .containsExactly("2025-ANNUAL-1", "2026-ANNUAL-1", "2027-ANNUAL-1");
    assertThat(matrix.sections().get(0).rows().get(0).cells()).extracting(ReportingStatusService.Cell::dueDayOff)
        .as("05/11/2025 Wed, 05/11/2026 Thu, 05/11/2027 Fri").containsOnlyNulls();

    // Every timer fired once per period: two windows, one report per organisation and period.
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
        .activityId(PeriodicReportProcess.Elements.WINDOW_OPENS).finished().count()).isEqualTo(2);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
        .processInstanceBusinessKeyLike(ReportKey.planPrefix(plan) + "%").count()).isEqualTo(6);
    reporting.openPeriod((Long) runtimeService.getVariable(cycle.getId(), OBLIGATION_ID), "2026-ANNUAL-1");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
        .processInstanceBusinessKeyLike(ReportKey.planPrefix(plan) + "%").count()).as("opening again starts nothing").isEqualTo(6);
  }

  @Test
  void manyUnitsSubmittingAtOnceNeverFailAnApproversAction() throws Exception {
    clock(2025, 10, 23, 9, 0);
    List<String> units = List.of("lai-chau-syt-bvdk", "lai-chau-syt-cdc", "lai-chau-syt-ttyt-tam-duong",
        "lai-chau-syt-ttyt-phong-tho", "lai-chau-syt-ttyt-sin-ho");
    long plan = reportingDriver.issuePlan("lai-chau-syt", "lai-chau", units,
        Map.of(ReportingRegimeService.Fields.PERIOD_KIND, "ANNUAL", ReportingRegimeService.Fields.REPORTER_DUE, "05/11",
            ReportingRegimeService.Fields.TARGETS, "Đơn vị tổ chức đối thoại | >= | 75 | %"));
    for (String unit : units) {
      Task prepare = reportTask(plan, unit, "2025-ANNUAL-1", PeriodicReportProcess.Elements.PREPARE_REPORT);
      taskService.complete(prepare.getId(), Map.of(RESULTS, "Đã thực hiện"));
    }
    // Every approver presses "approve" at the same instant, then the submissions run concurrently.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(units.size());
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(units.size());
    try {
      List<java.util.concurrent.Future<?>> approvals = units.stream().map(unit -> pool.submit(() -> {
        Task approve = reportTask(plan, unit, "2025-ANNUAL-1", PeriodicReportProcess.Elements.APPROVE_REPORT);
        together.await();
        taskService.complete(approve.getId(), Map.of(DECISION, "approve"));
        return null;
      })).collect(java.util.stream.Collectors.toList());
      for (java.util.concurrent.Future<?> approval : approvals) {
        approval.get(60, java.util.concurrent.TimeUnit.SECONDS); // rethrows a failed approval
      }
      List<Job> submissions = engine.getManagementService().createJobQuery().activityId(PeriodicReportProcess.Elements.SUBMIT_REPORT)
          .executable().list();
      java.util.concurrent.CyclicBarrier jobsTogether = new java.util.concurrent.CyclicBarrier(submissions.size());
      List<java.util.concurrent.Future<?>> runs = submissions.stream().map(job -> pool.submit(() -> {
        jobsTogether.await();
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException e) {
          // a job that lost the race (an optimistic-locking conflict, a message subscription the
          // consolidator had just consumed and renewed, or on PostgreSQL now and then the engine
          // tripping over that concurrently changed execution: a NullPointerException) fails and is
          // retried below, as the job executor would
        }
        return null;
      })).collect(java.util.stream.Collectors.toList());
      for (java.util.concurrent.Future<?> run : runs) {
        run.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    clock(2025, 10, 23, 9, 5); // past the first retry interval of the jobs that lost the race
    driver.executeJobs();
    assertThat(reports.findByPlanIdAndPeriodKey(plan, "2025-ANNUAL-1")).hasSize(5);
    String summary = (String) taskService.getVariable(
        reportTask(plan, "lai-chau-syt", "2025-ANNUAL-1", PeriodicReportProcess.Elements.PREPARE_REPORT).getId(), CONSOLIDATION);
    assertThat(summary).as("the department starts before the deadline once all are in").contains("Báo cáo đúng hạn (5)");
    assertThat(runtimeService.createIncidentQuery().processDefinitionKeyIn(PeriodicReportProcess.KEY).count()).isZero();
  }

  @Test
  void labourFederationReportsBy2006And2012UntilThePlanEnds() {
    clock(2025, 5, 2, 9, 0);
    long plan = reportingDriver.issuePlan("lai-chau-ldld", "lai-chau", List.of("lai-chau-ldld-tam-duong"),
        Map.of(ReportingRegimeService.Fields.PERIOD_KIND, "SEMI_ANNUAL", ReportingRegimeService.Fields.REPORTER_DUE, "20/06, 20/12",
            ReportingRegimeService.Fields.VALID_UNTIL, "2025-12-31"));
    ProcessInstance cycle = cycleOf(plan);
    assertThat(windowTimer(cycle).getDuedate()).isEqualTo(at(2025, 6, 6, 8, 0));
    clock(2025, 6, 6, 9, 0);
    driver.executeJobs();
    assertThat(reportTask(plan, "lai-chau-ldld-tam-duong", "2025-SEMI_ANNUAL-1", PeriodicReportProcess.Elements.PREPARE_REPORT)
        .getDueDate()).isEqualTo(at(2025, 6, 20, 23, 59, 59));
    assertThat(statuses.matrix(plan).orElseThrow().sections().get(0).rows().get(0).cells().get(1).dueDayOff())
        .as("20/12/2025 is a Saturday: kept, and shown as such").isEqualTo(WorkingDays.DayOff.WEEKEND);
    assertThat(windowTimer(cycle).getDuedate()).isEqualTo(at(2025, 12, 6, 8, 0));
    assertThat(statusesOf(statuses.matrix(plan).orElseThrow(), "lai-chau-ldld-tam-duong")).startsWith(ReportStatus.OPEN);
    clock(2025, 6, 18, 9, 0);
    assertThat(statusesOf(statuses.matrix(plan).orElseThrow(), "lai-chau-ldld-tam-duong")).startsWith(ReportStatus.DUE_SOON);
    clock(2025, 6, 21, 9, 0);
    assertThat(statusesOf(statuses.matrix(plan).orElseThrow(), "lai-chau-ldld-tam-duong")).as("derived, before any timer runs")
        .startsWith(ReportStatus.OVERDUE);
    clock(2025, 12, 6, 9, 0);
    driver.executeJobs();
    assertThat(reportTask(plan, "lai-chau-ldld-tam-duong", "2025-SEMI_ANNUAL-2", PeriodicReportProcess.Elements.PREPARE_REPORT)
        .getDueDate()).isEqualTo(at(2025, 12, 20, 23, 59, 59));
    assertThat(cycle).as("the plan ends 31/12/2025: no 2026 period").isEnded().hasPassed("EndEvent_PlanNoLongerInForce");
  }

  @Test
  void aPlanMayCarrySeveralObligationsEachWithItsOwnCycle() {
    clock(2025, 3, 2, 9, 0);
    long plan = reportingDriver.issuePlan("kon-tum-ldld", "kon-tum", List.of(),
        Map.of(ReportingRegimeService.Fields.PERIOD_KIND, "QUARTERLY",
            ReportingRegimeService.Fields.MORE_OBLIGATIONS, "ANNUAL | 05/11 | kon-tum-ldld | 05/12"));
    List<ProcessInstance> cycles = runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.CYCLE_KEY)
        .variableValueEquals(PLAN_ID, plan).list();
    assertThat(cycles.stream().map(cycle -> windowTimer(cycle).getDuedate()))
        .containsExactlyInAnyOrder(at(2025, 3, 3, 8, 0), at(2025, 10, 22, 8, 0));
    assertThat(statuses.matrix(plan).orElseThrow().sections()).extracting(section -> section.periodKind().code())
        .containsExactlyInAnyOrder("QUARTERLY", "ANNUAL");
  }

  @Test
  void closingAPlanEndsItsCycle() {
    clock(2025, 3, 2, 9, 0);
    long plan = reportingDriver.issuePlan("lai-chau-snv", "lai-chau", List.of(),
        Map.of(ReportingRegimeService.Fields.PERIOD_KIND, "QUARTERLY"));
    ProcessInstance cycle = cycleOf(plan);
    assertThat(windowTimer(cycle).getDuedate()).as("Q1 default: first working day after 14/03/2025 (Fri) is 17/03")
        .isEqualTo(at(2025, 3, 3, 8, 0));
    runtimeService.createMessageCorrelation(PeriodicReportProcess.PLAN_CLOSED).processInstanceBusinessKey(cycle.getBusinessKey()).correlate();
    assertThat(cycle).isEnded().hasPassed("EndEvent_PlanClosed");
  }

  private static List<ReportStatus> statusesOf(ReportingStatusService.Matrix matrix, String orgCode) {
    return matrix.sections().get(0).rows().stream().filter(row -> row.orgCode().equals(orgCode)).findFirst().orElseThrow()
        .cells().stream().map(ReportingStatusService.Cell::status).toList();
  }

  private ProcessInstance cycleOf(long plan) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.CYCLE_KEY)
        .variableValueEquals(PLAN_ID, plan).singleResult();
  }

  private Job windowTimer(ProcessInstance cycle) {
    return engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).timers().singleResult();
  }

  private ProcessInstance reportInstance(long plan, String orgCode, String periodKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
        .processInstanceBusinessKey(new ReportKey(plan, orgCode, periodKey).value()).singleResult();
  }

  private Task reportTask(long plan, String orgCode, String periodKey, String taskKey) {
    return driver.task(reportInstance(plan, orgCode, periodKey).getId(), taskKey);
  }

  private static void clock(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(at(year, month, day, hour, minute));
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return at(year, month, day, hour, minute, 0);
  }

  private static Date at(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute, second).atZone(VIETNAM).toInstant());
  }
}
