package vn.directivecascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.reporting.ReportingRegimeService;
import vn.directivecascade.rest.CascadeOverRest;
import vn.directivecascade.rest.EngineRestClient;
import vn.directivecascade.ServesThisContextsEngine;

/**
 * Who sees and does what, over HTTP against the running application: a Lai Châu cascade down to the
 * provincial hospital, looked at by the hospital's drafter, the health department's approver, a Hà
 * Nội drafter, the national administrator and an anonymous caller.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

  static final String UNIT_DRAFTER = "lai-chau-syt-bvdk-drafter";
  static final String DEPARTMENT_APPROVER = "lai-chau-syt-approver";
  static final String OTHER_PROVINCE_DRAFTER = "ha-noi-drafter";
  static final String ADMINISTRATOR = "demo";
  static final String ANONYMOUS = null;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;

  EngineRestClient rest;
  String hospitalInstance;
  String hospitalTask;
  long departmentPlan;

  @BeforeAll
  void cascadeDownToTheHospital() {
    rest = new EngineRestClient(port);
    CascadeDriver driver = new CascadeDriver(engine);
    ProcessInstance department = driver.start("lai-chau-syt", "lai-chau");
    Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH"), List.of("lai-chau-syt-bvdk"));
    draft.putAll(Map.of(ReportingRegimeService.Fields.PERIOD_KIND, "ANNUAL", ReportingRegimeService.Fields.REPORTER_DUE, "05/11",
        ReportingRegimeService.Fields.CONSOLIDATOR_DUE, "05/12"));
    taskService.complete(driver.task(department, DirectiveCascadeProcess.Elements.DRAFT_PLAN).getId(), draft);
    driver.approve(department.getId());
    driver.executeJobs();
    departmentPlan = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(department.getId())
        .variableName(DirectiveCascadeProcess.Variables.ISSUED_PLAN_ID).singleResult().getValue();
    hospitalInstance = driver.child(department, "lai-chau-syt-bvdk").getId();
    hospitalTask = driver.task(hospitalInstance, DirectiveCascadeProcess.Elements.DRAFT_PLAN).getId();
  }

  @Test
  void eachRoleReadsExactlyWhatItsOrganisationMayRead() {
    // {role, expected status} per resource; 404 where the engine's query hides what the user may not see.
    expect("GET", "/engine-rest/task/" + hospitalTask, Map.of(
        UNIT_DRAFTER, 200, DEPARTMENT_APPROVER, 404, OTHER_PROVINCE_DRAFTER, 404, ADMINISTRATOR, 200), 401);
    expect("GET", "/engine-rest/process-instance/" + hospitalInstance, Map.of(
        UNIT_DRAFTER, 200, DEPARTMENT_APPROVER, 200, OTHER_PROVINCE_DRAFTER, 404, ADMINISTRATOR, 200), 401);
    expect("GET", "/engine-rest/process-instance/" + hospitalInstance + "/variables", Map.of(
        UNIT_DRAFTER, 200, DEPARTMENT_APPROVER, 200, OTHER_PROVINCE_DRAFTER, 403, ADMINISTRATOR, 200), 401);
    expect("GET", "/engine-rest/history/process-instance/" + hospitalInstance, Map.of(
        UNIT_DRAFTER, 200, DEPARTMENT_APPROVER, 200, OTHER_PROVINCE_DRAFTER, 404, ADMINISTRATOR, 200), 401);
    expect("GET", "/api/plans/" + departmentPlan + "/reporting-status", Map.of(
        UNIT_DRAFTER, 404, DEPARTMENT_APPROVER, 200, OTHER_PROVINCE_DRAFTER, 404, ADMINISTRATOR, 200), 401);
    expect("GET", "/api/notifications", Map.of(
        UNIT_DRAFTER, 200, DEPARTMENT_APPROVER, 200, OTHER_PROVINCE_DRAFTER, 200, ADMINISTRATOR, 200), 401);
  }

  @Test
  void nobodyCountsOrListsAnotherOrganisationsTasks() {
    assertThat(taskIds(UNIT_DRAFTER)).contains(hospitalTask);
    assertThat(taskIds(OTHER_PROVINCE_DRAFTER)).doesNotContain(hospitalTask);
    assertThat(taskIds(DEPARTMENT_APPROVER)).doesNotContain(hospitalTask);
    assertThat(rest.call(ADMINISTRATOR, "GET", "/engine-rest/task/count?taskId=" + hospitalTask, null, 200).get("count").asInt())
        .as("the administrator sees it (among more tasks than a page holds)").isEqualTo(1);
    // Each user counts exactly the tasks offered to their groups (claimed or not), the administrator all.
    for (String user : List.of(UNIT_DRAFTER, DEPARTMENT_APPROVER, OTHER_PROVINCE_DRAFTER)) {
      List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
          .map(org.camunda.bpm.engine.identity.Group::getId).toList();
      long offered = taskService.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().count();
      assertThat(visibleTaskCount(user)).as("tasks %s counts", user).isEqualTo(offered);
      assertThat(taskIds(user)).as("tasks %s lists", user).hasSize((int) offered);
    }
    assertThat(visibleTaskCount(ADMINISTRATOR)).isEqualTo(taskService.createTaskQuery().count());
    for (String task : taskIds(UNIT_DRAFTER)) {
      assertThat(taskService.getIdentityLinksForTask(task)).as("every task the hospital drafter sees is offered to its group")
          .anyMatch(link -> "lai-chau-syt-bvdk-drafters".equals(link.getGroupId()));
    }
    assertThat(rest.send(ANONYMOUS, "GET", "/engine-rest/task/count", null).statusCode()).isEqualTo(401);
  }

  @Test
  void onlyTheOrganisationsDrafterCompletesItsTaskAndNobodyStartsForAnotherOrganisation() {
    HttpResponse<String> foreign = rest.send(OTHER_PROVINCE_DRAFTER, "POST", "/engine-rest/task/" + hospitalTask + "/complete",
        CascadeOverRest.draftVariables(List.of()));
    assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
    assertThat(rest.send(OTHER_PROVINCE_DRAFTER, "POST", "/engine-rest/task/" + hospitalTask + "/claim",
        Map.of("userId", OTHER_PROVINCE_DRAFTER)).statusCode()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(hospitalTask).count()).as("nothing changed").isEqualTo(1);

    HttpResponse<String> onBehalf = rest.send(OTHER_PROVINCE_DRAFTER, "POST",
        "/engine-rest/process-definition/key/directive-cascade/start",
        CascadeOverRest.startVariables("lai-chau", "lai-chau", CascadeDriver.uniqueNumber("CT")));
    assertThat(onBehalf.statusCode()).as(onBehalf.body()).isEqualTo(403);
    assertThat(rest.parse(onBehalf.body()).get("message").asText()).contains("lai-chau");
  }

  @Test
  void onlyAdministratorsAddOrganisationsWhichGetTheirGroups() {
    String code = "lai-chau-syt-ttyt-muong-te-" + System.nanoTime() % 100_000;
    Map<String, Object> request = Map.of("code", code, "name", "Trung tâm Y tế huyện Mường Tè", "level", "UNIT",
        "parentCode", "lai-chau-syt");
    assertThat(rest.send(OTHER_PROVINCE_DRAFTER, "POST", "/api/organizations", request).statusCode()).isEqualTo(403);
    assertThat(rest.send(ANONYMOUS, "POST", "/api/organizations", request).statusCode())
        .as("without credentials the post is a browser's: refused for its missing CSRF token").isEqualTo(403);
    HttpResponse<String> refused = rest.send(ADMINISTRATOR, "POST", "/api/organizations", Map.of("code", "Sai Mã", "name", "x",
        "level", "UNIT", "parentCode", "lai-chau-syt"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(rest.parse(refused.body()).get("message").asText()).contains("Sai Mã");

    assertThat(rest.call(ADMINISTRATOR, "POST", "/api/organizations", request, 201).get("draftersGroup").asText())
        .isEqualTo(code + "-drafters");
    assertThat(engine.getIdentityService().createGroupQuery().groupIdIn(code + "-drafters", code + "-approvers").count()).isEqualTo(2);
  }

  private void expect(String method, String path, Map<String, Integer> byRole, int anonymous) {
    byRole.forEach((user, status) -> assertThat(rest.send(user, method, path, null).statusCode())
        .as("%s %s as %s", method, path, user).isEqualTo(status));
    assertThat(rest.send(ANONYMOUS, method, path, null).statusCode()).as("%s %s anonymously", method, path).isEqualTo(anonymous);
  }

  private List<String> taskIds(String user) {
    return rest.call(user, "GET", "/engine-rest/task?maxResults=1000", null, 200).findValuesAsText("id");
  }

  private int visibleTaskCount(String user) {
    return rest.call(user, "GET", "/engine-rest/task/count", null, 200).get("count").asInt();
  }
}
