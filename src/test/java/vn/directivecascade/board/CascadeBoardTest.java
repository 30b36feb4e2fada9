package vn.directivecascade.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Elements;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Variables;
import vn.directivecascade.rest.EngineRestClient;

/**
 * The directives list, the cascade tree one level at a time and a document's lineage, over HTTP as
 * the demo users see them. A Lai Châu cascade: the province and its health department issued their
 * plans, the hospital's plan awaits approval, the CDC drafts, the labour federation's plan was
 * returned, the other departments were not asked.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CascadeBoardTest {

  static final String ADMINISTRATOR = "demo";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;

  EngineRestClient http;
  CascadeDriver driver;
  ProcessInstance province;
  String health;
  String hospital;
  String cdc;
  String federation;
  long directiveId;
  long provincePlanId;
  long healthPlanId;

  @BeforeAll
  void cascadeThroughLaiChau() {
    http = new EngineRestClient(port);
    driver = new CascadeDriver(engine);
    province = driver.start("lai-chau", "chinh-phu");
    directiveId = (Long) variable(province.getId(), Variables.RECEIVED_DOCUMENT_ID);
    driver.draftApproveAndIssue(province.getId(), List.of("lai-chau-syt", "lai-chau-ldld"));
    provincePlanId = (Long) variable(province.getId(), Variables.ISSUED_PLAN_ID);
    health = driver.child(province, "lai-chau-syt").getId();
    driver.draftApproveAndIssue(health, List.of("lai-chau-syt-bvdk", "lai-chau-syt-cdc"));
    healthPlanId = (Long) variable(health, Variables.ISSUED_PLAN_ID);
    hospital = driver.child(health, "lai-chau-syt-bvdk").getId();
    driver.submitDraft(hospital, List.of());
    cdc = driver.child(health, "lai-chau-syt-cdc").getId();
    federation = driver.child(province, "lai-chau-ldld").getId();
    driver.submitDraft(federation, List.of());
    taskService.complete(driver.task(federation, Elements.APPROVE_PLAN).getId(),
        Map.of(Variables.DECISION, Variables.DECISION_RETURN, Variables.COMMENT, "Bổ sung chỉ tiêu"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void administratorSeesTheDirectiveWithTheWholeCascadesProgress() {
    Element row = directiveRow(ADMINISTRATOR, province.getId());
    assertThat(row.select("td").get(0).text()).startsWith("Chỉ thị ").endsWith("CT/TW");
    assertThat(row.select("td").get(1).text()).isEqualTo("Thủ tướng Chính phủ");
    assertThat(row.select("td").get(2).text()).isEqualTo("03/09/2019");
    assertThat(row.select("td.progress").text()).as("province and health issued, of five organisations").isEqualTo("2/5");
    assertThat(row.select("a.tree-link").attr("href")).isEqualTo("/board/cascades/" + province.getId());
  }

  @Test
  void treeShowsEachOrganisationsStatusDeadlineAndLinksOneLevelAtATime() {
    Document page = page(ADMINISTRATOR, "/board/cascades/" + province.getId());
    assertThat(page.select("h1").text()).startsWith("Cây triển khai Chỉ thị");
    assertThat(page.select(".summary .progress").text()).isEqualTo("2/5");
    assertThat(page.select("ul.legend li")).extracting(Element::text).containsExactly("Chưa bắt đầu",
        "Đang thực hiện trong hạn", "Sắp đến hạn", "Quá hạn", "Hoàn thành đúng hạn", "Hoàn thành quá hạn");

    Element top = node(page, "lai-chau");
    assertThat(top.selectFirst(".badge").text()).isEqualTo("Đã ban hành");
    assertThat(top.selectFirst(".badge").hasClass("cat-done-on-time")).isTrue();
    assertThat(top.selectFirst("a.plan").attr("href")).isEqualTo("/board/documents/" + provincePlanId);

    // the level below the province: every department, asked or not; nothing further down yet
    assertThat(page.select("li.node").stream().map(node -> node.attr("data-org")))
        .contains("lai-chau-syt", "lai-chau-ldld", "lai-chau-snv").doesNotContain("lai-chau-syt-bvdk");
    assertThat(status(node(page, "lai-chau-syt"))).isEqualTo("Đã ban hành");
    assertThat(node(page, "lai-chau-syt").selectFirst("details").attr("data-children")).isEqualTo("/board/cascades/" + health + "/children");
    assertThat(node(page, "lai-chau-syt").select(".below").text()).isEqualTo("5 đơn vị trực thuộc");
    assertThat(node(page, "lai-chau-syt").select("a.focus").attr("href")).isEqualTo("/board/cascades/" + health);
    assertThat(top.selectFirst("summary").select("a.focus")).as("the page's own top is not linked to itself").isEmpty();
    Element returned = node(page, "lai-chau-ldld");
    assertThat(status(returned)).isEqualTo("Bị trả lại để sửa");
    assertThat(returned.selectFirst(".badge").hasClass("cat-in-progress")).isTrue();
    assertThat(returned.select("a.tasklist").attr("href")).as("the administrator may open the task")
        .isEqualTo(EngineLinks.tasklistTask(driver.task(federation, Elements.DRAFT_PLAN).getId()));
    assertThat(returned.select("a.cockpit").attr("href")).isEqualTo(EngineLinks.cockpitInstance(federation));
    Element notAsked = node(page, "lai-chau-snv");
    assertThat(status(notAsked)).isEqualTo("Chưa bắt đầu");
    assertThat(notAsked.select("details, a.cockpit, .deadline")).isEmpty();

    Document below = fragment(ADMINISTRATOR, "/board/cascades/" + health + "/children");
    assertThat(below.select("li.node").stream().map(node -> node.attr("data-org"))).hasSize(5)
        .contains("lai-chau-syt-bvdk", "lai-chau-syt-cdc", "lai-chau-syt-ttyt-sin-ho");
    assertThat(status(node(below, "lai-chau-syt-bvdk"))).isEqualTo("Chờ lãnh đạo duyệt");
    Element drafting = node(below, "lai-chau-syt-cdc");
    assertThat(status(drafting)).isEqualTo("Đang soạn thảo");
    String deadline = (String) variable(cdc, Variables.DRAFT_DEADLINE);
    assertThat(drafting.select(".deadline .current").text()).isEqualTo(ddMMyyyy(deadline));
    assertThat(drafting.select(".deadline del")).as("not extended").isEmpty();
  }

  @Test
  @Order(Integer.MAX_VALUE) // it fires the overdue timers for good
  void pastTheDeadlineUnissuedPlansAreOverdueAndCounted() {
    assertThat(directiveRow(ADMINISTRATOR, province.getId()).select("td.overdue").text()).isEqualTo("0");
    String deadline = (String) variable(cdc, Variables.DRAFT_DEADLINE);
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(deadline).plusDays(2).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    driver.executeJobs(); // the overdue timers fire and escalate

    Document below = fragment(ADMINISTRATOR, "/board/cascades/" + health + "/children");
    Element late = node(below, "lai-chau-syt-cdc");
    assertThat(status(late)).isEqualTo("Quá hạn");
    assertThat(late.selectFirst(".badge").hasClass("cat-overdue")).isTrue();
    assertThat(directiveRow(ADMINISTRATOR, province.getId()).select("td.overdue").text())
        .as("hospital, CDC and federation have not issued").isEqualTo("3");

    // the health department's approvers give the CDC three more weeks
    String extended = LocalDate.parse(deadline).plusDays(21).toString();
    taskService.complete(taskService.createTaskQuery().processInstanceId(cdc).taskDefinitionKey(Elements.FOLLOW_UP_OVERDUE_PLAN)
        .singleResult().getId(), Map.of(Variables.NEW_DRAFT_DEADLINE, extended, Variables.FOLLOW_UP_NOTE, "Gia hạn lần 1"));
    Element extendedNode = node(fragment(ADMINISTRATOR, "/board/cascades/" + health + "/children"), "lai-chau-syt-cdc");
    assertThat(status(extendedNode)).isEqualTo("Đang soạn thảo");
    assertThat(extendedNode.select(".deadline del.original").text()).as("the original deadline, struck through").isEqualTo(ddMMyyyy(deadline));
    assertThat(extendedNode.select(".deadline .current").text()).isEqualTo(ddMMyyyy(extended));
    assertThat(directiveRow(ADMINISTRATOR, province.getId()).select("td.overdue").text()).isEqualTo("2");
  }

  @Test
  void departmentApproverFollowsItsOwnBranchOnly() {
    String approver = "lai-chau-syt-approver";
    Element row = directiveRow(approver, health);
    assertThat(row.select("td.progress").text()).as("the department and its two units").isEqualTo("1/3");
    assertThat(http.send(approver, "GET", "/board/cascades/" + province.getId(), null).statusCode()).isEqualTo(404);
    assertThat(http.send(approver, "GET", "/board/cascades/" + province.getId() + "/children", null).statusCode()).isEqualTo(404);

    Document tree = page(approver, "/board/cascades/" + health);
    Element hospitalNode = node(tree, "lai-chau-syt-bvdk");
    assertThat(status(hospitalNode)).isEqualTo("Chờ lãnh đạo duyệt");
    assertThat(hospitalNode.select("a.tasklist")).as("the hospital's approval is not this approver's task").isEmpty();
  }

  @Test
  void aDrafterSeesTheirOwnPlanButNotTheLevelBelow() {
    Document tree = page("lai-chau-drafter", "/board/cascades/" + province.getId());
    assertThat(status(node(tree, "lai-chau"))).isEqualTo("Đã ban hành");
    assertThat(tree.select("li.node")).as("the departments' plans are their approvers' and the province approvers' to follow").hasSize(1);
    assertThat(node(tree, "lai-chau").select(".below")).isEmpty();
    assertThat(fragment("lai-chau-drafter", "/board/cascades/" + province.getId() + "/children").select("li.node")).isEmpty();

    Element row = directiveRow("lai-chau-syt-cdc-drafter", cdc);
    assertThat(row.select("td.progress").text()).isEqualTo("0/1");
    Element own = node(page("lai-chau-syt-cdc-drafter", "/board/cascades/" + cdc), "lai-chau-syt-cdc");
    assertThat(own.select("a.tasklist").attr("href")).as("their own draft, in Tasklist")
        .isEqualTo(EngineLinks.tasklistTask(driver.task(cdc, Elements.DRAFT_PLAN).getId()));
  }

  @Test
  void anotherProvinceSeesNothingOfLaiChau() {
    String other = "ha-noi-drafter";
    assertThat(page(other, "/board").select("tr[data-instance]").stream().map(tr -> tr.attr("data-instance")))
        .doesNotContain(province.getId(), health, hospital);
    for (String path : List.of("/board/cascades/" + province.getId(), "/board/cascades/" + health + "/children",
        "/board/documents/" + provincePlanId, "/board/documents/" + directiveId)) {
      assertThat(http.send(other, "GET", path, null).statusCode()).as(path).isEqualTo(404);
    }
  }

  @Test
  void lineageRunsFromTheRootDirectiveDownToTheUnitsPlans() {
    Document root = page(ADMINISTRATOR, "/board/documents/" + directiveId);
    assertThat(root.select("ol.basis")).isEmpty();
    assertThat(root.select("ul.implementing > li > a").attr("href")).isEqualTo("/board/documents/" + provincePlanId);
    assertThat(root.select("ul.implementing > li > ul > li > a").attr("href")).isEqualTo("/board/documents/" + healthPlanId);

    // the health department's approver reaches its plan's basis: the province's plan was sent to it, the directive was not
    Document plan = page("lai-chau-syt-approver", "/board/documents/" + healthPlanId);
    assertThat(plan.select(".issuer").text()).isEqualTo("Sở Y tế tỉnh Lai Châu");
    assertThat(plan.select(".issue-date").text()).isEqualTo("12/05/2020");
    List<Element> basis = plan.select("ol.basis > li");
    assertThat(basis).hasSize(3);
    assertThat(basis.get(0).select("a")).as("the root directive, shown but not opened").isEmpty();
    assertThat(basis.get(0).text()).startsWith("Chỉ thị ");
    assertThat(basis.get(1).select("a").attr("href")).isEqualTo("/board/documents/" + provincePlanId);
    assertThat(basis.get(2).hasClass("self")).isTrue();
  }

  @Test
  void englishIsSelectable() {
    Document page = page(ADMINISTRATOR, "/board/cascades/" + province.getId() + "?lang=en");
    assertThat(page.select("h1").text()).startsWith("Cascade of Chỉ thị");
    assertThat(status(node(page, "lai-chau-ldld"))).isEqualTo("Returned for revision");
  }

  @Test
  void malformedOrUnknownIdsAreAClearClientErrorNotAServerError() {
    assertThat(http.send(ADMINISTRATOR, "GET", "/board/cascades/no-such-instance", null).statusCode()).isEqualTo(404);
    assertThat(http.send(ADMINISTRATOR, "GET", "/board/cascades/no-such-instance/children", null).statusCode()).isEqualTo(404);
    assertThat(http.send(ADMINISTRATOR, "GET", "/board/documents/987654321", null).statusCode()).isEqualTo(404);
    assertThat(http.send(ADMINISTRATOR, "GET", "/board/documents/abc", null).statusCode()).as("not a document number").isEqualTo(400);
  }

  private Element directiveRow(String user, String entryInstanceId) {
    Element row = page(user, "/board").selectFirst("tr[data-instance=" + entryInstanceId + "]");
    assertThat(row).as("%s's directives list shows %s", user, entryInstanceId).isNotNull();
    return row;
  }

  private Document page(String user, String path) {
    HttpResponse<String> response = http.send(user, "GET", path, null);
    assertThat(response.statusCode()).as("GET %s as %s", path, user).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private Document fragment(String user, String path) {
    HttpResponse<String> response = http.send(user, "GET", path, null);
    assertThat(response.statusCode()).as("GET %s as %s", path, user).isEqualTo(200);
    return Jsoup.parseBodyFragment("<ul>" + response.body() + "</ul>");
  }

  private static Element node(Document page, String orgCode) {
    Element node = page.selectFirst("li.node[data-org=" + orgCode + "]");
    assertThat(node).as("node %s", orgCode).isNotNull();
    return node;
  }

  /** The node's own status, not that of a node below it. */
  private static String status(Element node) {
    return node.selectFirst(".badge").text();
  }

  private Object variable(String processInstanceId, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).singleResult().getValue();
  }

  private static String ddMMyyyy(String isoDate) {
    return LocalDate.parse(isoDate).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }
}
