package vn.directivecascade.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directivecascade.rest.EngineRestClient.await;
import static vn.directivecascade.rest.EngineRestClient.basic;
import static vn.directivecascade.rest.EngineRestClient.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.notification.NotificationKind;
import vn.directivecascade.notification.NotificationService;
import vn.directivecascade.ServesThisContextsEngine;

/**
 * The demo users drive the real chain over HTTP, as Tasklist and other tools do: start through the
 * REST API, claim and complete each task with the forms' variables, with the job executor running.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=true")
@DirtiesContext // stops this context's job executor once the class is done
class RestCascadeTest {

  private static final List<String> CHAIN = List.of("ban-bi-thu", "chinh-phu", "lai-chau", "lai-chau-syt", "lai-chau-syt-bvdk");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired DirectiveRepository directives;
  @Autowired NotificationService notifications;

  private EngineRestClient rest;
  private CascadeOverRest cascade;

  @BeforeEach
  void connect() {
    rest = new EngineRestClient(port);
    cascade = new CascadeOverRest(rest, PATIENCE);
  }

  @Test
  void demoUsersCascadeADirectiveDownToTheHospital() {
    String rootId = rest.call("ban-bi-thu-drafter", "POST", "/engine-rest/process-definition/key/directive-cascade/start",
        CascadeOverRest.startVariables("ban-bi-thu", "ban-bi-thu", CascadeDriver.uniqueNumber("CT/TW")), 200).get("id").asText();

    String instanceId = rootId;
    Long lastPlanId = null;
    for (int i = 0; i < CHAIN.size(); i++) {
      String org = CHAIN.get(i);
      String next = i + 1 < CHAIN.size() ? CHAIN.get(i + 1) : null;
      String drafter = org + "-drafter";

      String draftTask = cascade.awaitTask(drafter, instanceId, "draft-plan", org + "-drafters");
      JsonNode formVariables = rest.call(drafter, "GET", "/engine-rest/task/" + draftTask + "/form-variables?deserializeValues=false", null, 200);
      assertThat(formVariables.at("/cascadeOrgs/type").asText()).isEqualTo("Json");
      if (next != null) {
        assertThat(rest.parse(formVariables.at("/cascadeOrgs/value").asText()).toString())
            .as("the organisations directly below are preselected").contains("\"" + next + "\"");
      }
      cascade.draft(org, instanceId, next == null ? List.of() : List.of(next));
      cascade.approve(org, instanceId);

      String issuedIn = instanceId;
      lastPlanId = await("plan issued at " + org, PATIENCE, () -> historicVariable(issuedIn, "issuedPlanId"));
      if (next != null) {
        String parent = instanceId;
        instanceId = await("instance at " + next, PATIENCE, () -> {
          JsonNode children = rest.call("demo", "GET", "/engine-rest/process-instance?superProcessInstance=" + parent + "&maxResults=10", null, 200);
          return children.isEmpty() ? null : children.get(0).get("id").asText();
        });
      }
    }

    String rootState = await("the root instance to complete", PATIENCE,
        () -> "COMPLETED".equals(cascade.historicState(rootId)) ? "COMPLETED" : null);
    assertThat(rootState).isEqualTo("COMPLETED");
    JsonNode tree = rest.call("demo", "GET", "/engine-rest/history/process-instance?rootProcessInstanceId=" + rootId + "&maxResults=100", null, 200);
    assertThat(tree).hasSize(5);

    Directive hospitalPlan = directives.findWithRecipientsById(lastPlanId).orElseThrow();
    assertThat(hospitalPlan.getIssuer().getCode()).isEqualTo("lai-chau-syt-bvdk");
    assertThat(hospitalPlan.getBasis().getIssuer().getCode()).isEqualTo("lai-chau-syt");
  }

  @Test
  void restApiRefusesAnonymousAndWrongPasswords() throws Exception {
    assertThat(rest.sendAuthorized(null, "GET", "/engine-rest/task", null).statusCode()).isEqualTo(401);
    // a wrong password also delays that user's next login (the engine's throttling): use another user after it
    assertThat(rest.sendAuthorized(basic("kon-tum-drafter", "sai"), "GET", "/engine-rest/task", null).statusCode()).isEqualTo(401);
    assertThat(rest.sendAuthorized(basic("lai-chau-drafter", "demo"), "GET", "/engine-rest/task?maxResults=50", null).statusCode()).isEqualTo(200);
    assertThat(rest.sendAuthorized(null, "GET", "/api/notifications", null).statusCode()).isEqualTo(401);
    assertThat(rest.sendAuthorized(null, "GET", "/api/plans/1/reporting-status", null).statusCode()).isEqualTo(401);
    assertThat(rest.sendAuthorized(basic("demo", "demo"), "GET", "/api/plans/999999/reporting-status", null).statusCode())
        .as("no such plan with a regime").isEqualTo(404);
  }

  @Test
  void notificationsReachOnlyTheGroupsTheyAreAddressedTo() throws Exception {
    String message = "Sở Nội vụ tỉnh Kon Tum quá hạn " + CascadeDriver.uniqueNumber("test");
    notifications.notify(NotificationKind.PLAN_OVERDUE, message, "kon-tum-approvers", "kon-tum-snv", null, null, message);
    assertThat(rest.call("kon-tum-approver", "GET", "/api/notifications", null, 200).findValuesAsText("message")).contains(message);
    assertThat(rest.call("ha-noi-approver", "GET", "/api/notifications", null, 200).findValuesAsText("message")).doesNotContain(message);
  }

  @Test
  void badStartAnswers400WithTheFieldErrors() throws Exception {
    HttpResponse<String> response = rest.sendAuthorized(basic("demo", "demo"), "POST",
        "/engine-rest/process-definition/key/directive-cascade/start",
        Map.of("variables", Map.of("orgCode", value("khong-co"), "issueDate", value("2020-02-30"))));
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = rest.parse(response.body());
    assertThat(body.get("type").asText()).isEqualTo("InvalidSubmissionException");
    assertThat(body.get("errors").fieldNames()).toIterable()
        .contains("orgCode", "issueDate", "directiveNumber", "directiveType", "directiveTitle", "issuerCode");
    assertThat(body.at("/errors/orgCode").asText()).contains("khong-co");
  }

  private Long historicVariable(String processInstanceId, String name) {
    JsonNode variables = rest.call("demo", "GET", "/engine-rest/history/variable-instance?processInstanceId="
        + processInstanceId + "&variableName=" + name + "&maxResults=10", null, 200);
    return variables.isEmpty() ? null : variables.get(0).get("value").asLong();
  }
}
