package vn.directivecascade.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.CascadeKey;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Elements;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Variables;
import vn.directivecascade.organization.OrganizationLevel;
import vn.directivecascade.organization.OrganizationService;
import vn.directivecascade.rest.EngineRestClient;

/**
 * The cascade board on a national directive (issue 6): builds the national tree on PostgreSQL,
 * cascades a directive until every province and department has issued its plan and all 12,600 units
 * are drafting, then times the board's pages against the bare engine REST query that lists the same
 * level. Run with {@code mvn -Pbenchmark verify} (README); the database is kept, so a second run only
 * measures. Results: target/benchmark/board.json and board.md.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NationalBoardBenchmark {

  static final String ADMINISTRATOR = "demo";
  static final String PROVINCE_APPROVER = "vn-p01-approver";
  static final int WARM_UP = 5;
  static final int SAMPLES = Integer.getInteger("benchmark.samples", 30);

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  final NationalShape shape = NationalShape.fromSystemProperties();
  final int clients = Integer.getInteger("benchmark.clients", 4);
  final Map<String, Object> results = new LinkedHashMap<>();

  @Test
  void boardPagesOnANationalCascade() throws Exception {
    boolean reused = rootInstance() != null;
    results.put("dataReusedFromAnEarlierRun", reused);
    long started = System.nanoTime();
    buildTreeIfMissing();
    results.put("treeBuiltSeconds", seconds(started));
    long cascadeStarted = System.nanoTime();
    HistoricProcessInstance root = cascadeIfMissing();
    results.put("cascadeSeconds", seconds(cascadeStarted));
    results.put("organisations", shape.organisations());
    results.put("cascadeInstances", historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(root.getId()).count());
    results.put("openDraftTasks", taskService.createTaskQuery().taskDefinitionKey(Elements.DRAFT_PLAN).count());
    jdbc.execute("ANALYZE"); // what autovacuum does shortly after a bulk load; measured on fresh statistics

    EngineRestClient http = new EngineRestClient(port);
    String province = instanceOf(shape.provinceCodes().get(0));
    String department = instanceOf(shape.childrenOf(shape.provinceCodes().get(0)).get(0));
    Map<String, Object> timings = new LinkedHashMap<>();
    timings.put("engine REST: level below the root (baseline)", time(http, ADMINISTRATOR,
        "/engine-rest/history/process-instance?superProcessInstanceId=" + root.getId() + "&maxResults=300"));
    timings.put("board: root and the provinces (administrator)", time(http, ADMINISTRATOR, "/board/cascades/" + root.getId()));
    timings.put("board: a province's departments (administrator)", time(http, ADMINISTRATOR, "/board/cascades/" + province + "/children"));
    timings.put("board: a department's units (administrator)", time(http, ADMINISTRATOR, "/board/cascades/" + department + "/children"));
    timings.put("board: a province and its departments (province approver)", time(http, PROVINCE_APPROVER, "/board/cascades/" + province));
    timings.put("board: directives list (administrator)", time(http, ADMINISTRATOR, "/board"));
    timings.put("board: directives list (province approver)", time(http, PROVINCE_APPROVER, "/board"));
    results.put("samplesPerPage", SAMPLES);
    results.put("timingsMillis", timings);
    write();
  }

  private void buildTreeIfMissing() {
    if (organizations.find(NationalShape.ROOT).isPresent()) {
      return;
    }
    organizations.create(NationalShape.ROOT, "Cơ quan trung ương (benchmark)", OrganizationLevel.CENTRAL, null);
    for (String province : shape.provinceCodes()) {
      transactions.executeWithoutResult(status -> {
        organizations.create(province, "Tỉnh " + province, OrganizationLevel.PROVINCE, NationalShape.ROOT);
        for (String department : shape.childrenOf(province)) {
          organizations.create(department, "Sở " + department, OrganizationLevel.DEPARTMENT, province);
          for (String unit : shape.childrenOf(department)) {
            organizations.create(unit, "Đơn vị " + unit, OrganizationLevel.UNIT, department);
          }
        }
      });
    }
    User approver = identityService.newUser(PROVINCE_APPROVER);
    approver.setFirstName("Lãnh đạo");
    approver.setLastName("Tỉnh 01");
    approver.setPassword(EngineRestClient.DEMO_PASSWORD);
    identityService.saveUser(approver);
    identityService.createMembership(PROVINCE_APPROVER, shape.provinceCodes().get(0) + "-approvers");
  }

  /** Cascades down level by level: provinces and departments issue, units stay drafting. */
  private HistoricProcessInstance cascadeIfMissing() throws Exception {
    HistoricProcessInstance root = rootInstance();
    if (root == null) {
      runtimeService.startProcessInstanceByKey(DirectiveCascadeProcess.KEY,
          CascadeDriver.startVariables(NationalShape.ROOT, NationalShape.ROOT, CascadeDriver.uniqueNumber("CT/TW")));
      root = rootInstance();
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      for (int depth = 0; depth < 3; depth++) {
        long levelStarted = System.nanoTime();
        issueLevel(depth, pool);
        results.put("level" + depth + "IssuedSeconds", seconds(levelStarted));
      }
    } finally {
      pool.shutdown();
    }
    return root;
  }

  private void issueLevel(int depth, ExecutorService pool) throws Exception {
    String level = NationalShape.instancesAtDepth(depth);
    int expectedBelow = shape.organisationsAtDepth(depth + 1);
    while (true) {
      List<Task> drafts = taskService.createTaskQuery().taskDefinitionKey(Elements.DRAFT_PLAN).processInstanceBusinessKeyLike(level).listPage(0, 500);
      complete(pool, drafts, task -> CascadeDriver.draft(CascadeDriver.uniqueNumber("KH"), shape.childrenOf(orgOf(task))));
      List<Task> approvals = taskService.createTaskQuery().taskDefinitionKey(Elements.APPROVE_PLAN).processInstanceBusinessKeyLike(level).listPage(0, 500);
      complete(pool, approvals, task -> Map.of(Variables.DECISION, Variables.DECISION_APPROVE, Variables.COMMENT, "Đồng ý"));
      long below = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DirectiveCascadeProcess.KEY)
          .processInstanceBusinessKeyLike(NationalShape.instancesAtDepth(depth + 1)).count();
      if (drafts.isEmpty() && approvals.isEmpty() && below >= expectedBelow
          && managementService.createJobQuery().executable().count() == 0) {
        return;
      }
      if (drafts.isEmpty() && approvals.isEmpty()) {
        Thread.sleep(500); // the job executor issues the plans and starts the level below
      }
    }
  }

  private void complete(ExecutorService pool, List<Task> tasks, Function<Task, Map<String, Object>> variables) throws Exception {
    List<Future<?>> done = new ArrayList<>();
    for (Task task : tasks) {
      done.add(pool.submit(() -> taskService.complete(task.getId(), variables.apply(task))));
    }
    for (Future<?> future : done) {
      future.get();
    }
  }

  private String orgOf(Task task) {
    return (String) runtimeService.getVariable(task.getProcessInstanceId(), Variables.ORG_CODE);
  }

  private HistoricProcessInstance rootInstance() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DirectiveCascadeProcess.KEY)
        .processInstanceBusinessKeyLike(NationalShape.instancesAtDepth(0)).rootProcessInstances().singleResult();
  }

  private String instanceOf(String orgCode) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DirectiveCascadeProcess.KEY)
        .processInstanceBusinessKeyLike(CascadeKey.anyDocumentFor(orgCode)).singleResult().getId();
  }

  /** p50 / p95 / max of {@link #SAMPLES} requests after a warm-up; every answer must be 200. */
  private Map<String, Object> time(EngineRestClient http, String user, String path) {
    for (int i = 0; i < WARM_UP; i++) {
      get(http, user, path);
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      long start = System.nanoTime();
      get(http, user, path);
      millis.add((System.nanoTime() - start) / 1e6);
    }
    millis.sort(Double::compare);
    Map<String, Object> timing = new LinkedHashMap<>();
    timing.put("path", path);
    timing.put("p50", round(percentile(millis, 50)));
    timing.put("p95", round(percentile(millis, 95)));
    timing.put("max", round(millis.get(millis.size() - 1)));
    return timing;
  }

  private static void get(EngineRestClient http, String user, String path) {
    HttpResponse<String> response = http.send(user, "GET", path, null);
    assertThat(response.statusCode()).as("GET %s as %s", path, user).isEqualTo(200);
  }

  @SuppressWarnings("unchecked")
  private void write() throws IOException {
    Path directory = Path.of("target", "benchmark");
    Files.createDirectories(directory);
    Map<String, Map<String, Object>> timings = (Map<String, Map<String, Object>>) results.get("timingsMillis");
    double baseline = (Double) timings.values().iterator().next().get("p50");
    StringBuilder markdown = new StringBuilder("| page | user path | p50 ms | p95 ms | max ms | p50 / baseline |\n|---|---|---|---|---|---|\n");
    timings.forEach((page, timing) -> markdown.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %s | %s | %.1f |%n", page,
        timing.get("path"), timing.get("p50"), timing.get("p95"), timing.get("max"), (Double) timing.get("p50") / baseline)));
    results.forEach((key, value) -> {
      if (!(value instanceof Map)) {
        markdown.append("\n- ").append(key).append(": ").append(value);
      }
    });
    Files.writeString(directory.resolve("board.md"), markdown + "\n");
    Files.writeString(directory.resolve("board.json"), new ObjectMapper()
        .writerWithDefaultPrettyPrinter().writeValueAsString(results));
    System.out.println(markdown);
  }

  private static double percentile(List<Double> sorted, int percent) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
  }

  private static double round(double millis) {
    return Math.round(millis * 10) / 10.0;
  }

  private static double seconds(long since) {
    return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
  }
}
