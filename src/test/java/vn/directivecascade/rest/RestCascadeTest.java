package vn.directivecascade.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.notification.NotificationKind;
import vn.directivecascade.notification.NotificationService;

/**
 * The demo users drive the real chain over HTTP, as Tasklist and other tools do: start through the
 * REST API, claim and complete each task with the forms' variables, with the job executor running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=true")
@DirtiesContext // stops this context's job executor once the class is done
class RestCascadeTest {

  private static final List<String> CHAIN = List.of("ban-bi-thu", "chinh-phu", "lai-chau", "lai-chau-syt", "lai-chau-syt-bvdk");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired DirectiveRepository directives;
  @Autowired NotificationService notifications;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void demoUsersCascadeADirectiveDownToTheHospital() throws Exception {
    String directiveNumber = CascadeDriver.uniqueNumber("CT/TW");
    JsonNode started = call("ban-bi-thu-drafter", "POST", "/engine-rest/process-definition/key/directive-cascade/start",
        Map.of("variables", Map.of(
            "orgCode", value("ban-bi-thu"), "directiveType", value("CHI_THI"), "directiveNumber", value(directiveNumber),
            "directiveTitle", value("Về tăng cường sự lãnh đạo của Đảng đối với việc xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới"),
            "issuerCode", value("ban-bi-thu"), "issueDate", value("2019-09-03"))), 200);
    String rootId = started.get("id").asText();

    String instanceId = rootId;
    Long lastPlanId = null;
    for (int i = 0; i < CHAIN.size(); i++) {
      String org = CHAIN.get(i);
      String next = i + 1 < CHAIN.size() ? CHAIN.get(i + 1) : null;
      String drafter = org + "-drafter";

      String draftTask = awaitTask(drafter, instanceId, "draft-plan", org + "-drafters");
      JsonNode formVariables = call(drafter, "GET", "/engine-rest/task/" + draftTask + "/form-variables?deserializeValues=false", null, 200);
      assertThat(formVariables.at("/cascadeOrgs/type").asText()).isEqualTo("Json");
      if (next != null) {
        assertThat(json.readTree(formVariables.at("/cascadeOrgs/value").asText()).toString())
            .as("the organisations directly below are preselected").contains("\"" + next + "\"");
      }
      call(drafter, "POST", "/engine-rest/task/" + draftTask + "/claim", Map.of("userId", drafter), 204);
      Map<String, Object> draft = new LinkedHashMap<>();
      draft.put("planType", value("KE_HOACH"));
      draft.put("planNumber", value(CascadeDriver.uniqueNumber("KH")));
      draft.put("planTitle", value("Kế hoạch thực hiện Chỉ thị số 37-CT/TW"));
      draft.put("planContent", value("I. MỤC ĐÍCH, YÊU CẦU\nII. NHIỆM VỤ\nIII. TỔ CHỨC THỰC HIỆN"));
      draft.put("planIssueDate", value("2020-06-22"));
      draft.put("cascadeOrgs", Map.of("type", "Json", "value", next == null ? "[]" : "[\"" + next + "\"]"));
      call(drafter, "POST", "/engine-rest/task/" + draftTask + "/submit-form", Map.of("variables", draft), 204);

      String approver = org + "-approver";
      String approveTask = awaitTask(approver, instanceId, "approve-plan", org + "-approvers");
      call(approver, "POST", "/engine-rest/task/" + approveTask + "/claim", Map.of("userId", approver), 204);
      call(approver, "POST", "/engine-rest/task/" + approveTask + "/complete",
          Map.of("variables", Map.of("decision", value("approve"), "comment", value("Đồng ý"))), 204);

      String issuedIn = instanceId;
      lastPlanId = await("plan issued at " + org, () -> historicVariable(issuedIn, "issuedPlanId"));
      if (next != null) {
        String parent = instanceId;
        instanceId = await("instance at " + next, () -> {
          JsonNode children = call("demo", "GET", "/engine-rest/process-instance?superProcessInstance=" + parent, null, 200);
          return children.isEmpty() ? null : children.get(0).get("id").asText();
        });
      }
    }

    String rootState = await("the root instance to complete", () -> {
      JsonNode root = call("demo", "GET", "/engine-rest/history/process-instance/" + rootId, null, 200);
      return "COMPLETED".equals(root.get("state").asText()) ? "COMPLETED" : null;
    });
    assertThat(rootState).isEqualTo("COMPLETED");
    JsonNode tree = call("demo", "GET", "/engine-rest/history/process-instance?rootProcessInstanceId=" + rootId, null, 200);
    assertThat(tree).hasSize(5);

    Directive hospitalPlan = directives.findWithRecipientsById(lastPlanId).orElseThrow();
    assertThat(hospitalPlan.getIssuer().getCode()).isEqualTo("lai-chau-syt-bvdk");
    assertThat(hospitalPlan.getBasis().getIssuer().getCode()).isEqualTo("lai-chau-syt");
  }

  @Test
  void restApiRefusesAnonymousAndWrongPasswords() throws Exception {
    assertThat(send(null, "GET", "/engine-rest/task", null).statusCode()).isEqualTo(401);
    // a wrong password also delays that user's next login (the engine's throttling): use another user after it
    assertThat(send(basic("kon-tum-drafter", "sai"), "GET", "/engine-rest/task", null).statusCode()).isEqualTo(401);
    assertThat(send(basic("lai-chau-drafter", "demo"), "GET", "/engine-rest/task", null).statusCode()).isEqualTo(200);
    assertThat(send(null, "GET", "/api/notifications", null).statusCode()).isEqualTo(401);
    assertThat(send(null, "GET", "/api/plans/1/reporting-status", null).statusCode()).isEqualTo(401);
    assertThat(send(basic("demo", "demo"), "GET", "/api/plans/999999/reporting-status", null).statusCode())
        .as("no such plan with a regime").isEqualTo(404);
  }

  @Test
  void notificationsReachOnlyTheGroupsTheyAreAddressedTo() throws Exception {
    String message = "Sở Nội vụ tỉnh Kon Tum quá hạn " + CascadeDriver.uniqueNumber("test");
    notifications.notify(NotificationKind.PLAN_OVERDUE, "kon-tum-approvers", "kon-tum-snv", null, null, message);
    assertThat(call("kon-tum-approver", "GET", "/api/notifications", null, 200).findValuesAsText("message")).contains(message);
    assertThat(call("ha-noi-approver", "GET", "/api/notifications", null, 200).findValuesAsText("message")).doesNotContain(message);
  }

  @Test
  void badStartAnswers400WithTheFieldErrors() throws Exception {
    HttpResponse<String> response = send(basic("demo", "demo"), "POST",
        "/engine-rest/process-definition/key/directive-cascade/start",
        Map.of("variables", Map.of("orgCode", value("khong-co"), "issueDate", value("2020-02-30"))));
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("type").asText()).isEqualTo("InvalidSubmissionException");
    assertThat(body.get("errors").fieldNames()).toIterable()
        .contains("orgCode", "issueDate", "directiveNumber", "directiveType", "directiveTitle", "issuerCode");
    assertThat(body.at("/errors/orgCode").asText()).contains("khong-co");
  }

  private String awaitTask(String user, String processInstanceId, String taskKey, String candidateGroup) {
    return await(taskKey + " in " + processInstanceId, () -> {
      JsonNode tasks = call(user, "GET", "/engine-rest/task?processInstanceId=" + processInstanceId
          + "&taskDefinitionKey=" + taskKey + "&candidateGroup=" + encode(candidateGroup), null, 200);
      return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
    });
  }

  private Long historicVariable(String processInstanceId, String name) {
    JsonNode variables = call("demo", "GET", "/engine-rest/history/variable-instance?processInstanceId="
        + processInstanceId + "&variableName=" + name, null, 200);
    return variables.isEmpty() ? null : variables.get(0).get("value").asLong();
  }

  /** The job executor works asynchronously: wait, bounded, for what it will produce. */
  private static <T> T await(String what, Supplier<T> probe) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      T result = probe.get();
      if (result != null) {
        return result;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("gave up waiting for " + what + " after " + PATIENCE);
  }

  private JsonNode call(String user, String method, String path, Object body, int expectedStatus) {
    try {
      HttpResponse<String> response = send(basic(user, "demo"), method, path, body);
      assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, user, response.body()).isEqualTo(expectedStatus);
      return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    } catch (Exception e) {
      throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
  }

  private HttpResponse<String> send(String authorization, String method, String path, Object body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
