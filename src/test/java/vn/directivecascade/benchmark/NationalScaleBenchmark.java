package vn.directivecascade.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.CascadeKey;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.organization.Organization;
import vn.directivecascade.reporting.PeriodicReportProcess;
import vn.directivecascade.reporting.ReportingRegimeService.Fields;
import vn.directivecascade.rest.EngineRestClient;

/**
 * The national-scale benchmark (issue 7): the project against a bare Camunda engine doing the same
 * work shape, in one run, on one PostgreSQL database (recreated by {@code mvn -Pbenchmark verify}).
 * <ul>
 * <li>S1: a directive cascaded from the root until every organisation's plan is issued;
 * <li>S2: one annual report round, every organisation reporting, the consolidation reaching the root;
 * <li>S3: a unit's and a province's Tasklist query with the units drafting, and with ten times that backlog;
 * <li>S4: every report's reminder and overdue timers due at one instant; none may fire twice.
 * </ul>
 * The baseline runs {@code src/test/resources/benchmark/*.bpmn}: no delegates, listeners, forms or own
 * tables. Results: target/benchmark/national-scale.json, .md and throughput .svg ({@link ScaleReport}).
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SqlCounter.class)
class NationalScaleBenchmark {

  static final String BASELINE_CASCADE = "benchmark-baseline-cascade";
  static final String BASELINE_REPORT = "benchmark-baseline-report";
  static final String BASELINE_REPORT_SUBMITTED = "benchmark-report-submitted";
  static final String BACKLOG = "benchmark-backlog";
  static final String UNIT_DRAFTER = "vn-p01-d01-u01-drafter";
  static final String PROVINCE_APPROVER = "vn-p01-approver";
  static final String TASKLIST_FILTER = "Việc của đơn vị";
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String FIGURE_NUMERATOR = "9";
  static final String FIGURE_DENOMINATOR = "12";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired NationalTree tree;
  @Autowired SqlCounter sql;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  final NationalShape shape = NationalShape.fromSystemProperties();
  final int clients = Integer.getInteger("benchmark.clients", 4);
  final int querySamples = Integer.getInteger("benchmark.samples", 30);
  final int backlogFactor = Integer.getInteger("benchmark.backlog", 10);
  final Map<String, Object> results = new LinkedHashMap<>();
  final Map<String, Object> scenarios = new LinkedHashMap<>();
  final Map<String, Object> checks = new LinkedHashMap<>();
  long firstOpenTasks;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void projectAgainstBareEngine() throws Exception {
    engine.getRepositoryService().createDeployment().name("benchmark baseline")
        .addClasspathResource("benchmark/baseline-cascade.bpmn").addClasspathResource("benchmark/baseline-report.bpmn")
        .addClasspathResource("benchmark/benchmark-backlog.bpmn").deploy();
    long started = System.nanoTime();
    assertThat(tree.buildIfMissing(shape)).as("the benchmark starts on an empty database").isTrue();
    tree.addUser(UNIT_DRAFTER, "Đơn vị", Organization.draftersGroup(shape.childrenOf(shape.childrenOf(shape.provinceCodes().get(0)).get(0)).get(0)));
    tree.addUser(PROVINCE_APPROVER, "Tỉnh", Organization.approversGroup(shape.provinceCodes().get(0)));
    results.put("organisations", shape.organisations());
    results.put("clients", clients);
    results.put("treeBuiltSeconds", Latencies.seconds(started));
    jdbc.execute("ANALYZE");

    try (SimulatedUsers users = new SimulatedUsers(engine, clients);
        RunRecorder recorder = new RunRecorder(sql, users::completed);
        VacuumStandIn vacuum = new VacuumStandIn(jdbc)) {
      results.put("vacuum", vacuum.description());
      cascadeDown(users, recorder);
      reportRound(users, recorder);
      deadlineStorm(users, recorder);
      results.put("S3 with the backlog", taskQueriesWithBacklog(users));
      results.put("scenarios", scenarios);
      results.put("checks", checks);
      new ScaleReport(results, recorder.samples()).write();
    }
  }

  /** S1, baseline first; the project's pauses when its units are drafting, for S3's first measurement. */
  private void cascadeDown(SimulatedUsers users, RunRecorder recorder) throws Exception {
    Map<String, Object> approval = Map.of(DirectiveCascadeProcess.Variables.DECISION, DirectiveCascadeProcess.Variables.DECISION_APPROVE,
        DirectiveCascadeProcess.Variables.COMMENT, "Đồng ý ban hành");
    LevelByLevelCascade baseline = new LevelByLevelCascade(engine, shape, users, new LevelByLevelCascade.Workload(
        BASELINE_CASCADE, UnaryOperator.identity(), (orgCode, below) -> {
          Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH"), below);
          draft.put("cascadeTargets", new ArrayList<>(below));
          return draft;
        }, approval));
    RunRecorder.Scenario baselineS1 = recorder.start("S1 baseline");
    runtimeService.startProcessInstanceByKey(BASELINE_CASCADE, NationalShape.ROOT, Map.of("orgCode", NationalShape.ROOT));
    for (int depth = 0; depth <= NationalShape.UNIT_DEPTH; depth++) {
      baseline.issueLevel(depth);
    }
    scenarios.put("S1 baseline", baselineS1.finish(shape.organisations()));
    checks.put("S1 baseline: instances finished", finished(BASELINE_CASCADE));

    LevelByLevelCascade project = new LevelByLevelCascade(engine, shape, users, new LevelByLevelCascade.Workload(
        DirectiveCascadeProcess.KEY, CascadeKey::anyDocumentFor, this::projectDraft, approval));
    RunRecorder.Scenario projectS1 = recorder.start("S1 project");
    runtimeService.startProcessInstanceByKey(DirectiveCascadeProcess.KEY,
        CascadeDriver.startVariables(NationalShape.ROOT, NationalShape.ROOT, CascadeDriver.uniqueNumber("CT/TW")));
    for (int depth = 0; depth < NationalShape.UNIT_DEPTH; depth++) {
      project.issueLevel(depth);
    }
    projectS1.pause();
    firstOpenTasks = openTasks();
    results.put("S3 with the units drafting", taskQueries());
    projectS1.resume();
    project.issueLevel(NationalShape.UNIT_DEPTH);
    scenarios.put("S1 project", projectS1.finish(shape.organisations()));
    checks.put("S1 project: instances finished", finished(DirectiveCascadeProcess.KEY));
    assertThat(checks.get("S1 baseline: instances finished")).isEqualTo((long) shape.organisations());
    assertThat(checks.get("S1 project: instances finished")).isEqualTo((long) shape.organisations());
  }

  /** The draft form's variables; an organisation with organisations below sets an annual regime it consolidates. */
  private Map<String, Object> projectDraft(String orgCode, List<String> below) {
    Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH"), below);
    if (!below.isEmpty()) {
      draft.put(Fields.PERIOD_KIND, "ANNUAL");
      draft.put(Fields.REPORTER_DUE, "05/11");
      draft.put(Fields.CONSOLIDATOR_DUE, "05/12");
      draft.put(Fields.TARGETS, "Tỷ lệ cơ quan, đơn vị tổ chức thực hiện kế hoạch | >= | 75 | %");
    }
    return draft;
  }

  /** S2, baseline first: every organisation reports once; each issuer consolidates its reporters. */
  private void reportRound(SimulatedUsers users, RunRecorder recorder) throws Exception {
    int reports = shape.reportsPerPeriod();
    Date reminderAt = Date.from(ClockUtil.now().toInstant().plus(Duration.ofDays(30)));
    Date dueAt = Date.from(ClockUtil.now().toInstant().plus(Duration.ofDays(33)));
    RunRecorder.Scenario baselineS2 = recorder.start("S2 baseline");
    users.run(baselineReports(true, reminderAt, dueAt), this::startBaselineReport);
    workReports(users, BASELINE_REPORT, task -> {
      String recipient = (String) runtimeService.getVariable(task.getProcessInstanceId(), "recipientKey");
      return () -> {
        if (recipient != null) {
          SimulatedUsers.retryOnConflict(() -> runtimeService.createMessageCorrelation(BASELINE_REPORT_SUBMITTED)
              .processInstanceBusinessKey(recipient).correlate());
        }
      };
    }, () -> finished(BASELINE_REPORT) == reports);
    scenarios.put("S2 baseline", baselineS2.finish(shape.organisations()));
    checks.put("S2 baseline: reports finished", finished(BASELINE_REPORT));

    moveClockTo(firstTimer(PeriodicReportProcess.CYCLE_KEY).plusSeconds(60));
    RunRecorder.Scenario projectS2 = recorder.start("S2 project");
    workReports(users, PeriodicReportProcess.KEY, task -> () -> { }, () -> submittedReports() == reports);
    scenarios.put("S2 project", projectS2.finish(shape.organisations()));
    checks.put("S2 project: reports submitted", submittedReports());
    Map<String, Object> root = jdbc.queryForMap("select sum(f.numerator) as numerator, sum(f.denominator) as denominator"
        + " from report r join report_figure f on f.report_id = r.id join organization o on o.id = r.organization_id where o.code = ?",
        NationalShape.ROOT);
    checks.put("S2 project: the root's consolidated figures", root.get("numerator") + " / " + root.get("denominator"));
    assertThat(checks.get("S2 baseline: reports finished")).isEqualTo((long) reports);
    assertThat(checks.get("S2 project: reports submitted")).isEqualTo((long) reports);
    assertThat(((Number) root.get("numerator")).intValue()).as("the provinces' figures summed at the root")
        .isEqualTo(Integer.parseInt(FIGURE_NUMERATOR) * shape.provinces());
  }

  /**
   * Prepares and approves every report of a process until {@code done}; {@code afterApproval} gives, for
   * an approval task, what the client does once it is completed.
   */
  private void workReports(SimulatedUsers users, String processKey, Function<Task, Runnable> afterApproval, BooleanSupplier done)
      throws InterruptedException {
    long started = System.nanoTime();
    while (true) {
      List<Task> prepares = openTasks(processKey, PeriodicReportProcess.Elements.PREPARE_REPORT);
      users.complete(prepares, task -> Map.of(PeriodicReportProcess.Variables.RESULTS, "Đã triển khai kế hoạch tới các đơn vị",
          PeriodicReportProcess.Variables.FIGURES, figures((SpinJsonNode) taskService.getVariable(task.getId(), PeriodicReportProcess.Variables.FIGURES))));
      List<Task> approvals = openTasks(processKey, PeriodicReportProcess.Elements.APPROVE_REPORT);
      users.complete(approvals, task -> Map.of(PeriodicReportProcess.Variables.DECISION, DirectiveCascadeProcess.Variables.DECISION_APPROVE,
          PeriodicReportProcess.Variables.COMMENT, "Đồng ý"), afterApproval);
      if (prepares.isEmpty() && approvals.isEmpty()) {
        if (done.getAsBoolean() && noJobDue()) {
          return;
        }
        SimulatedUsers.waitForJobs(started, "the reports of " + processKey);
      }
    }
  }

  /** The prefilled rows, one per target, as the form sends them: a reporter fills in both numbers, a consolidation keeps its sums. */
  static TypedValue figures(SpinJsonNode prefilled) {
    String numerator = PeriodicReportProcess.Variables.FIGURE_COLUMNS[2];
    String denominator = PeriodicReportProcess.Variables.FIGURE_COLUMNS[3];
    prefilled.elements().stream()
        .filter(row -> !row.hasProp(numerator) || row.prop(numerator).isNull() || row.prop(numerator).stringValue().isBlank())
        .forEach(row -> row.prop(numerator, FIGURE_NUMERATOR).prop(denominator, FIGURE_DENOMINATOR));
    return SpinValues.jsonValue(prefilled).create();
  }

  /** S4, baseline first: every open report's reminder and overdue timers due at one instant. */
  private void deadlineStorm(SimulatedUsers users, RunRecorder recorder) throws Exception {
    int reports = shape.reportsPerPeriod();
    ClockUtil.reset();
    LocalDate baselineDue = LocalDate.now(VIETNAM).plusDays(10);
    users.run(baselineReports(false, at(baselineDue.minusDays(3)), at(baselineDue)), this::startBaselineReport);
    moveClockTo(at(baselineDue.plusDays(1)).toInstant());
    RunRecorder.Scenario baselineS4 = recorder.start("S4 baseline");
    drainJobs();
    scenarios.put("S4 baseline", baselineS4.finish(shape.organisations()));
    timersFired("S4 baseline", BASELINE_REPORT);

    // The project's second period opens (the cycles' timers), then its reports' timers all come due.
    moveClockTo(firstTimer(PeriodicReportProcess.CYCLE_KEY).plusSeconds(60));
    waitUntil("the second period's reports", () -> runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY).count() == reports);
    drainJobs();
    LocalDate lastDue = LocalDate.ofInstant(lastTimer(PeriodicReportProcess.KEY), VIETNAM);
    moveClockTo(at(lastDue.plusDays(40)).toInstant()); // past the consolidators' own deadline, a month later
    RunRecorder.Scenario projectS4 = recorder.start("S4 project");
    drainJobs();
    scenarios.put("S4 project", projectS4.finish(shape.organisations()));
    timersFired("S4 project", PeriodicReportProcess.KEY);
    checks.put("incidents", runtimeService.createIncidentQuery().count());
    assertThat(checks.get("incidents")).isEqualTo(0L);
    for (String scenario : List.of("S4 baseline", "S4 project")) {
      assertThat(checks.get(scenario + ": timers fired twice")).isEqualTo(0L);
      assertThat(checks.get(scenario + ": " + PeriodicReportProcess.Elements.OVERDUE_TIMER + " fired")).isEqualTo((long) reports);
    }
  }

  /** Counts the reminder and overdue timers that fired (the engine's history), and the times one fired again for the same report. */
  private void timersFired(String scenario, String processKey) {
    long firedAgain = 0;
    for (String timer : List.of(PeriodicReportProcess.Elements.REMINDER_TIMER, PeriodicReportProcess.Elements.OVERDUE_TIMER)) {
      Map<String, Object> fired = jdbc.queryForMap("select count(*) as fired, count(distinct proc_inst_id_) as reports"
          + " from act_hi_actinst where proc_def_key_ = ? and act_id_ = ?", processKey, timer);
      checks.put(scenario + ": " + timer + " fired", fired.get("fired"));
      firedAgain += ((Number) fired.get("fired")).longValue() - ((Number) fired.get("reports")).longValue();
    }
    checks.put(scenario + ": timers fired twice", firedAgain);
  }

  /** The baseline's reports of one period: each organisation's to its issuer, each issuer's consolidation. */
  private List<Map<String, Object>> baselineReports(boolean consolidatorsWait, Date reminderAt, Date dueAt) {
    List<Map<String, Object>> reports = new ArrayList<>();
    String period = "period-" + reminderAt.getTime();
    for (String issuer : shape.issuers()) {
      String consolidation = period + "/" + issuer + "/" + issuer;
      List<String> below = shape.childrenOf(issuer);
      for (String reporter : below) {
        reports.add(baselineReport(period + "/" + issuer + "/" + reporter, reporter, 0, consolidation, reminderAt, dueAt));
      }
      reports.add(baselineReport(consolidation, issuer, consolidatorsWait ? below.size() : 0, null, reminderAt, dueAt));
    }
    return reports;
  }

  private static Map<String, Object> baselineReport(String key, String orgCode, int reporters, String recipientKey, Date reminderAt, Date dueAt) {
    Map<String, Object> report = new HashMap<>();
    report.put("businessKey", key);
    report.put("orgCode", orgCode);
    report.put("hasReporters", reporters > 0);
    report.put("reporterCount", reporters);
    report.put("recipientKey", recipientKey);
    report.put("reminderAt", reminderAt);
    report.put("dueAt", dueAt);
    String[] columns = PeriodicReportProcess.Variables.FIGURE_COLUMNS;
    SpinJsonNode target = Spin.JSON("{}").prop(columns[0], 1).prop(columns[1], "Tỷ lệ cơ quan, đơn vị tổ chức thực hiện kế hoạch")
        .prop(columns[2], "").prop(columns[3], "");
    report.put(PeriodicReportProcess.Variables.FIGURES, SpinValues.jsonValue(Spin.JSON("[]").append(target)).create());
    return report;
  }

  private void startBaselineReport(Map<String, Object> report) {
    Map<String, Object> variables = new HashMap<>(report);
    runtimeService.startProcessInstanceByKey(BASELINE_REPORT, (String) variables.remove("businessKey"), variables);
  }

  /** S3 at the current open tasks: the Tasklist filter's list and count against the engine's plain task query. */
  private Map<String, Object> taskQueries() {
    jdbc.execute("ANALYZE"); // what autovacuum does soon after a bulk change; queries measured on fresh statistics
    EngineRestClient http = new EngineRestClient(port);
    String filter = engine.getFilterService().createFilterQuery().filterName(TASKLIST_FILTER).singleResult().getId();
    Map<String, Object> timings = new LinkedHashMap<>();
    timings.put("openTasks", openTasks());
    for (String user : List.of(UNIT_DRAFTER, PROVINCE_APPROVER)) {
      String group = engine.getIdentityService().createGroupQuery().groupMember(user).singleResult().getId();
      timings.put(user + ": Tasklist filter list + count", Latencies.measure(querySamples, () -> {
        http.call(user, "POST", "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", Map.of(), 200);
        http.call(user, "GET", "/engine-rest/filter/" + filter + "/count", null, 200);
      }));
      timings.put(user + ": engine task query list + count (baseline)", Latencies.measure(querySamples, () -> {
        http.call(user, "GET", "/engine-rest/task?candidateGroups=" + group + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15", null, 200);
        http.call(user, "GET", "/engine-rest/task/count?candidateGroups=" + group, null, 200);
      }));
      timings.put(user + ": tasks listed", http.call(user, "GET", "/engine-rest/filter/" + filter + "/count", null, 200).get("count").asLong());
    }
    return timings;
  }

  /** S3 again after topping the open tasks up to {@link #backlogFactor} times the first measurement's, spread over every group. */
  private Map<String, Object> taskQueriesWithBacklog(SimulatedUsers users) {
    long missing = backlogFactor * firstOpenTasks - openTasks();
    List<String> groups = new ArrayList<>();
    shape.issuers().forEach(code -> groups.addAll(List.of(Organization.draftersGroup(code), Organization.approversGroup(code))));
    shape.provinceCodes().forEach(province -> shape.childrenOf(province).forEach(department ->
        shape.childrenOf(department).forEach(unit -> groups.addAll(List.of(Organization.draftersGroup(unit), Organization.approversGroup(unit))))));
    List<List<Integer>> batches = new ArrayList<>();
    for (int from = 0; from < missing; from += 50) {
      batches.add(IntStream.range(from, (int) Math.min(missing, from + 50L)).boxed().toList());
    }
    long started = System.nanoTime();
    users.run(batches, batch -> transactions.executeWithoutResult(status -> batch.forEach(i ->
        runtimeService.startProcessInstanceByKey(BACKLOG, Map.of("group", groups.get(i % groups.size()))))));
    results.put("backlogCreatedSeconds", Latencies.seconds(started));
    return taskQueries();
  }

  private long openTasks() {
    return taskService.createTaskQuery().count();
  }

  private List<Task> openTasks(String processKey, String taskKey) {
    return taskService.createTaskQuery().processDefinitionKey(processKey).taskDefinitionKey(taskKey).listPage(0, SimulatedUsers.PAGE);
  }

  private long finished(String processKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).finished().count();
  }

  private long submittedReports() {
    return jdbc.queryForObject("select count(*) from report", Long.class);
  }

  private boolean noJobDue() {
    return managementService.createJobQuery().executable().count() == 0;
  }

  /** Waits until the job executor has run every due job (twice in a row nothing due: a job may create the next). */
  private void drainJobs() throws InterruptedException {
    long started = System.nanoTime();
    int quiet = 0;
    while (quiet < 2) {
      quiet = noJobDue() ? quiet + 1 : 0;
      SimulatedUsers.waitForJobs(started, "running the due jobs");
    }
  }

  private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
    long started = System.nanoTime();
    while (!condition.getAsBoolean()) {
      SimulatedUsers.waitForJobs(started, what);
    }
  }

  private Instant firstTimer(String processKey) {
    return dueDate(managementService.createJobQuery().timers().processDefinitionKey(processKey).orderByJobDuedate().asc());
  }

  private Instant lastTimer(String processKey) {
    return dueDate(managementService.createJobQuery().timers().processDefinitionKey(processKey).orderByJobDuedate().desc());
  }

  private static Instant dueDate(JobQuery timers) {
    List<Job> first = timers.listPage(0, 1);
    assertThat(first).as("a timer waiting").isNotEmpty();
    return first.get(0).getDuedate().toInstant();
  }

  /** The engine's clock (the job executor's too) runs on from {@code instant}. */
  private static void moveClockTo(Instant instant) {
    ClockUtil.reset();
    ClockUtil.offset(instant.toEpochMilli() - System.currentTimeMillis());
  }

  /** 09:00 in Việt Nam: inside office hours, outside the history clean-up window. */
  private static Date at(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(9, 0)).atZone(VIETNAM).toInstant());
  }
}
