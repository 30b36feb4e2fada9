package vn.directivecascade.rest;

import static vn.directivecascade.rest.EngineRestClient.await;
import static vn.directivecascade.rest.EngineRestClient.encode;
import static vn.directivecascade.rest.EngineRestClient.jsonValue;
import static vn.directivecascade.rest.EngineRestClient.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.directivecascade.cascade.CascadeDriver;

/** The demo users' steps of a cascade over HTTP, with the variables the real forms send. */
public class CascadeOverRest {

  private final EngineRestClient rest;
  private final Duration patience;

  public CascadeOverRest(EngineRestClient rest, Duration patience) {
    this.rest = rest;
    this.patience = patience;
  }

  /** The start form's variables: {@code org} registers a directive issued by {@code issuer}. */
  public static Map<String, Object> startVariables(String org, String issuer, String directiveNumber) {
    return Map.of("variables", Map.of(
        "orgCode", value(org), "directiveType", value("CHI_THI"), "directiveNumber", value(directiveNumber),
        "directiveTitle", value("Về tăng cường sự lãnh đạo của Đảng đối với việc xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới"),
        "issuerCode", value(issuer), "issueDate", value("2019-09-03")));
  }

  /** Starts {@code org}'s handling of a new directive it issued itself; the process instance id. */
  public String start(String org) {
    return rest.call(org + "-drafter", "POST", "/engine-rest/process-definition/key/directive-cascade/start",
        startVariables(org, org, CascadeDriver.uniqueNumber("CT")), 200).get("id").asText();
  }

  /** The draft form's variables, cascading to {@code cascadeOrgs}. */
  public static Map<String, Object> draftVariables(Collection<String> cascadeOrgs) {
    Map<String, Object> draft = new LinkedHashMap<>();
    draft.put("planType", value("KE_HOACH"));
    draft.put("planNumber", value(CascadeDriver.uniqueNumber("KH")));
    draft.put("planTitle", value("Kế hoạch thực hiện Chỉ thị số 37-CT/TW"));
    draft.put("planContent", value("I. MỤC ĐÍCH, YÊU CẦU\nII. NHIỆM VỤ\nIII. TỔ CHỨC THỰC HIỆN"));
    draft.put("planIssueDate", value("2020-06-22"));
    draft.put("cascadeOrgs", jsonValue(cascadeOrgs.stream().map(code -> "\"" + code + "\"")
        .collect(Collectors.joining(",", "[", "]"))));
    return Map.of("variables", draft);
  }

  public static Map<String, Object> approval() {
    return Map.of("variables", Map.of("decision", value("approve"), "comment", value("Đồng ý")));
  }

  /**
   * The drafter of {@code org} submits the plan of {@code instanceId}, claiming it first unless it is
   * theirs already (a returned plan comes back to the drafter who submitted it).
   */
  public void draft(String org, String instanceId, Collection<String> cascadeOrgs) {
    String drafter = org + "-drafter";
    String task = awaitTask(drafter, instanceId, "draft-plan", org + "-drafters");
    if (!drafter.equals(rest.call(drafter, "GET", "/engine-rest/task/" + task, null, 200).path("assignee").asText())) {
      rest.call(drafter, "POST", "/engine-rest/task/" + task + "/claim", Map.of("userId", drafter), 204);
    }
    rest.call(drafter, "POST", "/engine-rest/task/" + task + "/submit-form", draftVariables(cascadeOrgs), 204);
  }

  /** The approver of {@code org} claims and approves the plan of {@code instanceId}. */
  public void approve(String org, String instanceId) {
    String approver = org + "-approver";
    String task = awaitTask(approver, instanceId, "approve-plan", org + "-approvers");
    rest.call(approver, "POST", "/engine-rest/task/" + task + "/claim", Map.of("userId", approver), 204);
    rest.call(approver, "POST", "/engine-rest/task/" + task + "/complete", approval(), 204);
  }

  /** The id of the open task {@code taskKey} of the instance, offered to the group (claimed or not), once it exists. */
  public String awaitTask(String user, String processInstanceId, String taskKey, String candidateGroup) {
    return await(taskKey + " in " + processInstanceId, patience, () -> {
      JsonNode tasks = rest.call(user, "GET", "/engine-rest/task?processInstanceId=" + processInstanceId
          + "&taskDefinitionKey=" + taskKey + "&candidateGroup=" + encode(candidateGroup) + "&includeAssignedTasks=true&maxResults=10",
          null, 200);
      return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
    });
  }

  /** The state of a process instance in history: ACTIVE, COMPLETED, ... */
  public String historicState(String processInstanceId) {
    return rest.call("demo", "GET", "/engine-rest/history/process-instance/" + processInstanceId, null, 200)
        .get("state").asText();
  }
}
