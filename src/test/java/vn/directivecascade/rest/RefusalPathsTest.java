package vn.directivecascade.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Variables;
import vn.directivecascade.directive.DirectiveRepository;

/**
 * One bad draft and one bad registration sent every way a browser or a tool can send them: the engine
 * REST API (complete, submit-form, start), the webapps' own API that Tasklist submits to, and our
 * reading page. Every way answers 400 with the same Vietnamese sentence naming the field (never
 * Camunda's 500 with "Cannot submit task form … ENGINE-…"), and nothing changes: the task stays open
 * as it was, no instance or document is created.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RefusalPathsTest {

  static final String DRAFTER = "soc-trang-snv-drafter";
  /** The received document is dated 03/09/2019: a plan cannot be issued before it. */
  static final String DRAFT_REFUSAL = "Ngày ban hành kế hoạch: ngày 01/01/2019 trước ngày ban hành văn bản căn cứ (03/09/2019).";
  static final String IMPOSSIBLE_DAY = "Ngày ban hành: ngày 30/02/2019 không có thật.";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired DirectiveRepository directives;
  @Autowired MockMvc mvc;

  final ObjectMapper json = new ObjectMapper();
  EngineRestClient rest;
  ProcessInstance instance;
  Task draft;

  @BeforeEach
  void openADraft() {
    rest = new EngineRestClient(port);
    instance = new CascadeDriver(engine).start("soc-trang-snv", "soc-trang");
    draft = new CascadeDriver(engine).task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN);
  }

  @AfterEach
  void endIt() {
    engine.getRuntimeService().deleteProcessInstancesIfExists(List.of(instance.getId()), "test ended", true, true, true);
  }

  @Test
  void aBadDraftIsTheSame400OnEveryPathAndTheTaskStaysAsItWas() throws Exception {
    Map<String, String> before = snapshot(taskService.getVariables(draft.getId()));
    String body = json.writeValueAsString(Map.of("variables", typed(badDraft())));

    assertRefusal(rest.send(DRAFTER, "POST", "/engine-rest/task/" + draft.getId() + "/complete", Map.of("variables", typed(badDraft()))),
        DRAFT_REFUSAL, Variables.PLAN_ISSUE_DATE);
    assertRefusal(rest.send(DRAFTER, "POST", "/engine-rest/task/" + draft.getId() + "/submit-form", Map.of("variables", typed(badDraft()))),
        DRAFT_REFUSAL, Variables.PLAN_ISSUE_DATE);
    WebappSession tasklist = WebappSession.signIn(port, DRAFTER);
    assertRefusal(tasklist.postJson("/camunda/api/engine/engine/default/task/" + draft.getId() + "/submit-form", body),
        DRAFT_REFUSAL, Variables.PLAN_ISSUE_DATE);

    String page = mvc.perform(post("/documents/confirm").header(HttpHeaders.AUTHORIZATION, basic(DRAFTER)).param("task", draft.getId())
            .param("documentType", "KE_HOACH").param("numberSymbol", "12/KH-UBND").param("issueDate", "01/01/2019")
            .param("title", "Kế hoạch thực hiện").param("text", "KẾ HOẠCH").param("issuerCode", "soc-trang-snv"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(page).select("p.error").text()).as("our reading page, beside its field")
        .contains("ngày 01/01/2019 trước ngày ban hành văn bản căn cứ (03/09/2019)");

    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).list()).as("still drafting, the same task")
        .extracting(Task::getId).containsExactly(draft.getId());
    assertThat(snapshot(taskService.getVariables(draft.getId()))).as("nothing written").isEqualTo(before);
  }

  @Test
  void anImpossibleDayOfARegistrationIsTheSame400OnEveryPathAndNothingIsRegistered() throws Exception {
    String number = CascadeDriver.uniqueNumber("CT/TW");
    Map<String, Object> start = CascadeDriver.startVariables("soc-trang", "ban-bi-thu", number);
    start.put(Variables.ISSUE_DATE, "2019-02-30");
    long documents = directives.count();
    String key = "/process-definition/key/" + DirectiveCascadeProcess.KEY;

    assertRefusal(rest.send("soc-trang-drafter", "POST", "/engine-rest" + key + "/start", Map.of("variables", typed(start))),
        IMPOSSIBLE_DAY, Variables.ISSUE_DATE);
    assertRefusal(rest.send("soc-trang-drafter", "POST", "/engine-rest" + key + "/submit-form", Map.of("variables", typed(start))),
        IMPOSSIBLE_DAY, Variables.ISSUE_DATE);
    WebappSession tasklist = WebappSession.signIn(port, "soc-trang-drafter");
    assertRefusal(tasklist.postJson("/camunda/api/engine/engine/default" + key + "/submit-form",
        json.writeValueAsString(Map.of("variables", typed(start)))), IMPOSSIBLE_DAY, Variables.ISSUE_DATE);

    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableValueEquals(Variables.DIRECTIVE_NUMBER, number)
        .count()).as("no instance ever held it").isZero();
    assertThat(directives.count()).as("no document registered").isEqualTo(documents);
  }

  private void assertRefusal(HttpResponse<String> response, String message, String field) throws Exception {
    assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body()).isEqualTo(400);
    JsonNode body = json.readTree(response.body());
    assertThat(body.path("message").asText()).as(response.uri().toString()).isEqualTo(message)
        .doesNotContain("Cannot submit", "ENGINE-", "TaskListener");
    assertThat(body.path("errors").has(field)).as("%s names the field %s", response.uri(), field).isTrue();
  }

  /** Each variable's value as text (a Json value as its JSON): what the task holds, to compare. */
  private static Map<String, String> snapshot(Map<String, Object> variables) {
    Map<String, String> values = new java.util.TreeMap<>();
    variables.forEach((name, value) -> values.put(name, String.valueOf(value)));
    return values;
  }

  /** A draft that passes every check but one: it is dated before the document it implements. */
  private static Map<String, Object> badDraft() {
    Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-SNV"), List.of());
    draft.put(Variables.PLAN_ISSUE_DATE, "2019-01-01");
    return draft;
  }

  /** Variables as the REST API takes them: {"name": {"value": …}}, a list as a Json variable. */
  private Map<String, Object> typed(Map<String, Object> variables) throws Exception {
    Map<String, Object> typed = new LinkedHashMap<>();
    for (Map.Entry<String, Object> variable : variables.entrySet()) {
      typed.put(variable.getKey(), variable.getValue() instanceof List<?> list
          ? EngineRestClient.jsonValue(json.writeValueAsString(list)) : EngineRestClient.value(variable.getValue()));
    }
    return typed;
  }

  private static String basic(String user) {
    return EngineRestClient.basic(user, EngineRestClient.DEMO_PASSWORD);
  }
}
