package vn.directivecascade.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.CascadeKey;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Elements;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Variables;
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
  static final int SAMPLES = Integer.getInteger("benchmark.samples", 30);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired NationalTree tree;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
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
    results.put("treeBuiltSeconds", Latencies.seconds(started));
    long cascadeStarted = System.nanoTime();
    HistoricProcessInstance root = cascadeIfMissing();
    results.put("cascadeSeconds", Latencies.seconds(cascadeStarted));
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
    if (tree.buildIfMissing(shape)) {
      tree.addUser(PROVINCE_APPROVER, "Tỉnh 01", shape.provinceCodes().get(0) + "-approvers");
    }
  }

  /** Cascades down level by level: provinces and departments issue, units stay drafting. */
  private HistoricProcessInstance cascadeIfMissing() throws Exception {
    HistoricProcessInstance root = rootInstance();
    if (root == null) {
      runtimeService.startProcessInstanceByKey(DirectiveCascadeProcess.KEY,
          CascadeDriver.startVariables(NationalShape.ROOT, NationalShape.ROOT, CascadeDriver.uniqueNumber("CT/TW")));
      root = rootInstance();
    }
    try (SimulatedUsers users = new SimulatedUsers(engine, clients)) {
      LevelByLevelCascade cascade = new LevelByLevelCascade(engine, shape, users, new LevelByLevelCascade.Workload(
          DirectiveCascadeProcess.KEY, CascadeKey::anyDocumentFor,
          (orgCode, below) -> CascadeDriver.draft(CascadeDriver.uniqueNumber("KH"), below),
          Map.of(Variables.DECISION, Variables.DECISION_APPROVE, Variables.COMMENT, "Đồng ý")));
      for (int depth = 0; depth < NationalShape.UNIT_DEPTH; depth++) {
        long levelStarted = System.nanoTime();
        cascade.issueLevel(depth);
        results.put("level" + depth + "IssuedSeconds", Latencies.seconds(levelStarted));
      }
    }
    return root;
  }

  private HistoricProcessInstance rootInstance() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DirectiveCascadeProcess.KEY)
        .processInstanceBusinessKeyLike(NationalShape.instancesAtDepth(0)).rootProcessInstances().singleResult();
  }

  private String instanceOf(String orgCode) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DirectiveCascadeProcess.KEY)
        .processInstanceBusinessKeyLike(CascadeKey.anyDocumentFor(orgCode)).singleResult().getId();
  }

  /** {@link Latencies} of {@link #SAMPLES} requests; every answer must be 200. */
  private Map<String, Object> time(EngineRestClient http, String user, String path) {
    Map<String, Object> timing = new LinkedHashMap<>(Map.of("path", path));
    timing.putAll(Latencies.measure(SAMPLES, () -> get(http, user, path)));
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
}
