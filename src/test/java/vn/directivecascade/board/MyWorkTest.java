package vn.directivecascade.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.rest.EngineRestClient;

/**
 * "My work" over HTTP as the demo users see it, on a fixed engine clock (Tuesday 10/03/2026, 09:00
 * in Hà Nội): four draft-plan tasks of the Hà Nội planning department, started in an order that is
 * not the page's — one due 20/04 (claimed by its drafter), one overdue since 05/03, one without a
 * due date, one due 12/03 (within the 3-day due-soon window) — and one task of the justice
 * department, which only that department's drafter sees.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Camunda's webapp filters initialise lazily from a JVM-wide (static) application context, which the
// next context to start (e.g. RestCascadeTest's) takes over: a later class reusing this cached context
// (TasklistBrowserTest) would get 500s from Tasklist. Closing it after this class avoids that.
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyWorkTest {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final Date NOW = Date.from(LocalDateTime.of(2026, 3, 10, 9, 0).atZone(VIETNAM).toInstant());
  static final String ORG = "ha-noi-skhdt";
  static final String ORG_NAME = "Sở Kế hoạch và Đầu tư thành phố Hà Nội";
  static final String USER = ORG + "-drafter";
  static final String OTHER_ORG = "ha-noi-stp";
  static final String OTHER_USER = OTHER_ORG + "-drafter";
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired MyWorkService myWork;
  @Autowired ITemplateEngine templates;

  EngineRestClient rest;
  Task overdue;
  Task dueSoon;
  Task normal;
  Task withoutDue;
  Task otherOrganisations;
  final List<String> instances = new ArrayList<>();

  @BeforeAll
  void tasksOfOneDepartment() {
    rest = new EngineRestClient(port);
    ClockUtil.setCurrentTime(NOW);
    try {
      normal = draftPlanTask(ORG, "2026-04-20");
      taskService.claim(normal.getId(), USER); // listed because it is assigned to the user, no longer offered to the group
      overdue = draftPlanTask(ORG, "2026-03-05");
      withoutDue = draftPlanTask(ORG, "2026-05-01");
      withoutDue.setDueDate(null);
      withoutDue.setFollowUpDate(null);
      taskService.saveTask(withoutDue);
      dueSoon = draftPlanTask(ORG, "2026-03-12");
      otherOrganisations = draftPlanTask(OTHER_ORG, "2026-03-11");
    } finally {
      ClockUtil.reset();
    }
  }

  @BeforeEach
  void onTheFixedClock() {
    ClockUtil.setCurrentTime(NOW);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** The task's name in Tasklist: its directive's number and the organisation. */
  private String draftName(Task task) {
    return "Soạn kế hoạch " + runtimeService.getVariable(task.getProcessInstanceId(), DirectiveCascadeProcess.Variables.DIRECTIVE_NUMBER)
        + " — " + ORG_NAME;
  }

  /** Their drafting deadlines have passed in real time: their timers must not fire in other tests. */
  @AfterAll
  void deleteTheInstances() {
    runtimeService.deleteProcessInstancesIfExists(instances, "MyWorkTest finished", true, true, true);
  }

  @Test
  void listsTheUsersTasksMostUrgentFirstWithDatesBadgesAndTasklistLinks() {
    List<Row> rows = rows(page(USER, ""));

    assertThat(mine(rows)).extracting(Row::taskId)
        .containsExactly(overdue.getId(), dueSoon.getId(), normal.getId(), withoutDue.getId());
    assertThat(row(rows, overdue)).isEqualTo(new Row(overdue.getId(), overdue.getProcessInstanceId(),
        "/camunda/app/tasklist/default/#/?task=" + overdue.getId(), draftName(overdue),
        "Triển khai văn bản chỉ đạo", ORG_NAME, ORG, "05/03/2026", "02/03/2026", "cat-overdue", "Quá hạn"));
    assertThat(row(rows, dueSoon)).isEqualTo(new Row(dueSoon.getId(), dueSoon.getProcessInstanceId(),
        "/camunda/app/tasklist/default/#/?task=" + dueSoon.getId(), draftName(dueSoon),
        "Triển khai văn bản chỉ đạo", ORG_NAME, ORG, "12/03/2026", "09/03/2026", "cat-due-soon", "Sắp đến hạn"));
    assertThat(row(rows, normal)).isEqualTo(new Row(normal.getId(), normal.getProcessInstanceId(),
        "/camunda/app/tasklist/default/#/?task=" + normal.getId(), draftName(normal),
        "Triển khai văn bản chỉ đạo", ORG_NAME, ORG, "20/04/2026", "17/04/2026", "cat-in-progress", "Đang thực hiện trong hạn"));
    assertThat(row(rows, withoutDue)).isEqualTo(new Row(withoutDue.getId(), withoutDue.getProcessInstanceId(),
        "/camunda/app/tasklist/default/#/?task=" + withoutDue.getId(), draftName(withoutDue),
        "Triển khai văn bản chỉ đạo", ORG_NAME, ORG, "Không có hạn", "", "cat-in-progress", "Đang thực hiện trong hạn"));
    assertThat(rows).extracting(Row::taskId).doesNotContain(otherOrganisations.getId());
    assertThat(rows).extracting(Row::taskId).doesNotHaveDuplicates();
  }

  @Test
  void everyListedTaskIsInTheOrderOfUrgencyThenDueDate() {
    List<Row> rows = rows(page(USER, ""));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(4);
    List<String> urgency = List.of("cat-overdue", "cat-due-soon", "cat-in-progress");
    for (int i = 1; i < rows.size(); i++) {
      Row before = rows.get(i - 1);
      Row after = rows.get(i);
      assertThat(urgency.indexOf(before.badgeClass())).as("%s before %s", before, after)
          .isLessThanOrEqualTo(urgency.indexOf(after.badgeClass()));
      if (before.badgeClass().equals(after.badgeClass())) {
        assertThat(dueDay(before)).as("%s before %s", before, after).isBeforeOrEqualTo(dueDay(after));
      }
    }
    assertThat(page(USER, "")).contains("class=\"legend\"", "Hoàn thành quá hạn", "Chú giải màu")
        .doesNotContain("my-work-truncated");
  }

  @Test
  void anotherOrganisationsDrafterSeesNoneOfThemButTheirOwn() {
    List<Row> rows = rows(page(OTHER_USER, ""));
    assertThat(rows).extracting(Row::taskId).contains(otherOrganisations.getId())
        .doesNotContain(overdue.getId(), dueSoon.getId(), normal.getId(), withoutDue.getId());
    assertThat(row(rows, otherOrganisations).badgeClass()).isEqualTo("cat-due-soon");
    assertThat(row(rows, otherOrganisations).due()).isEqualTo("11/03/2026");
  }

  @Test
  void englishLabels() {
    String page = page(USER, "?lang=en");
    assertThat(page).contains("<title>My work</title>", ">Task</th>", ">Due</th>", ">Follow-up</th>", ">Status</th>",
        "Colour legend", "Completed on time");
    List<Row> rows = rows(page);
    assertThat(row(rows, overdue).badgeLabel()).isEqualTo("Overdue");
    assertThat(row(rows, dueSoon).badgeLabel()).isEqualTo("Due soon");
    assertThat(row(rows, normal).badgeLabel()).isEqualTo("In progress within deadline");
    assertThat(row(rows, overdue).process()).isEqualTo("Directive cascade");
    assertThat(row(rows, overdue).due()).isEqualTo("05/03/2026");
    assertThat(row(rows, withoutDue).due()).isEqualTo("No deadline");
    assertThat(page(USER, "")).contains("<title>Việc của tôi</title>", ">Nhiệm vụ</th>", ">Hạn xử lý</th>");
  }

  @Test
  void aBoundedListKeepsTheMostUrgentAndCountsTheRest() {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(USER).list().stream().map(Group::getId).toList();
    engine.getIdentityService().setAuthentication(USER, groups);
    try {
      MyWorkService.MyWork all = myWork.myWork();
      long visible = taskService.createTaskQuery().or().taskAssignee(USER).taskCandidateGroupIn(groups).endOr().count();
      assertThat(all.total()).isEqualTo(visible).isEqualTo(all.tasks().size());
      assertThat(all.truncated()).isFalse();

      int withDue = (int) all.tasks().stream().filter(item -> item.due() != null).count();
      assertThat(withDue).isPositive().isLessThan(all.tasks().size());
      // Cut within the tasks with a due date, and just after the first task without one.
      for (int limit : List.of(1, withDue, withDue + 1)) {
        MyWorkService.MyWork bounded = myWork.myWork(limit);
        assertThat(bounded.tasks()).as("limit %d", limit).isEqualTo(all.tasks().subList(0, limit));
        assertThat(bounded.total()).isEqualTo(all.total());
        assertThat(bounded.truncated()).as("limit %d", limit).isEqualTo(limit < all.total());
      }
      assertThat(myWork.myWork(withDue + 1).tasks().get(withDue).due()).isNull();
      assertThat(myWork.myWork(1).truncated()).isTrue();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The page of a truncated list, rendered directly: no user has 200 tasks here. */
  @Test
  void aTruncatedListSaysHowManyThereAreInAll() {
    MyWorkService.MyWork truncated = new MyWorkService.MyWork(List.of(new MyWorkService.WorkItem("task-1", "Lập báo cáo năm 2025 – "
        + ORG_NAME, "prepare-report", "instance-1", "periodic-report", "Báo cáo định kỳ", ORG, ORG_NAME, LocalDate.of(2026, 3, 12), null,
        StatusCategory.DUE_SOON, EngineLinks.tasklistTask("task-1"))), 1250);
    String vietnamese = render(truncated, Locale.forLanguageTag("vi"));
    assertThat(vietnamese).contains("Đang hiển thị 1 trên tổng số 1.250 nhiệm vụ, việc gần hạn nhất trước.",
        "href=\"/camunda/app/tasklist/\"");
    assertThat(rows(vietnamese)).containsExactly(new Row("task-1", "instance-1", "/camunda/app/tasklist/default/#/?task=task-1",
        "Lập báo cáo năm 2025 – " + ORG_NAME, "Báo cáo định kỳ", ORG_NAME, ORG, "12/03/2026", "", "cat-due-soon", "Sắp đến hạn"));
    assertThat(render(truncated, Locale.ENGLISH)).contains("Showing 1 of 1,250 tasks, the nearest deadlines first.", "Periodic report");
    assertThat(render(new MyWorkService.MyWork(List.of(), 0), Locale.ENGLISH)).contains("You have no open tasks.")
        .doesNotContain("<table", "Showing");
  }

  @Test
  void statusFollowsTheDueInstantAndTheDueSoonWindow() {
    LocalDate today = LocalDate.of(2026, 3, 10);
    Date now = NOW;
    assertThat(myWork.status(null, now, today)).isEqualTo(StatusCategory.IN_PROGRESS);
    assertThat(myWork.status(new Date(NOW.getTime() - 1000), now, today)).isEqualTo(StatusCategory.OVERDUE);
    assertThat(myWork.status(new Date(NOW.getTime() + 1000), now, today)).isEqualTo(StatusCategory.DUE_SOON);
    assertThat(myWork.status(endOf(LocalDate.of(2026, 3, 13)), now, today)).isEqualTo(StatusCategory.DUE_SOON);
    assertThat(myWork.status(endOf(LocalDate.of(2026, 3, 14)), now, today)).isEqualTo(StatusCategory.IN_PROGRESS);
  }

  private String render(MyWorkService.MyWork work, Locale locale) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/board/my-work");
    WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
        .buildExchange(request, new MockHttpServletResponse()), locale, Map.of("work", work));
    return templates.process("board/my-work", Set.of("main"), context);
  }

  private Task draftPlanTask(String orgCode, String deadline) {
    Map<String, Object> variables = CascadeDriver.startVariables(orgCode, "ha-noi", CascadeDriver.uniqueNumber("CT/TW"));
    variables.put(DirectiveCascadeProcess.Variables.DRAFT_DEADLINE, deadline);
    String instance = runtimeService.startProcessInstanceByKey(DirectiveCascadeProcess.KEY, variables).getId();
    instances.add(instance);
    return new CascadeDriver(engine).task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN);
  }

  private String page(String user, String query) {
    HttpResponse<String> response = rest.send(user, "GET", "/board/my-work" + query, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private List<Row> mine(List<Row> rows) {
    return rows.stream().filter(row -> instances.contains(row.processInstanceId())).toList();
  }

  private static Row row(List<Row> rows, Task task) {
    return rows.stream().filter(row -> row.taskId().equals(task.getId())).findFirst()
        .orElseThrow(() -> new AssertionError("task " + task.getId() + " not listed"));
  }

  private static LocalDate dueDay(Row row) {
    return row.due().matches("\\d\\d/\\d\\d/\\d{4}") ? LocalDate.parse(row.due(), DAY) : LocalDate.MAX;
  }

  private static Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(VIETNAM).minusSeconds(1).toInstant());
  }

  /** One table row of the page, as the user reads it. */
  record Row(String taskId, String processInstanceId, String link, String name, String process, String orgName,
      String orgCode, String due, String followUp, String badgeClass, String badgeLabel) {
  }

  private static final Pattern ROW = Pattern.compile(
      "<tr class=\"task\" data-task-id=\"([^\"]*)\"(?: data-process-instance-id=\"([^\"]*)\")?>(.*?)</tr>", Pattern.DOTALL);

  private static List<Row> rows(String page) {
    List<Row> rows = new ArrayList<>();
    Matcher matcher = ROW.matcher(page);
    while (matcher.find()) {
      String cells = matcher.group(3);
      rows.add(new Row(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2),
          find(cells, "<td class=\"task-name\"><a href=\"([^\"]*)\""),
          find(cells, "<td class=\"task-name\"><a [^>]*>([^<]*)</a>"),
          find(cells, "<td class=\"process\">([^<]*)</td>"),
          find(cells, "<td class=\"organisation\"><span(?: title=\"[^\"]*\")?>([^<]*)</span>"),
          find(cells, "<td class=\"organisation\"><span(?: title=\"([^\"]*)\")?>"),
          find(cells, "<td class=\"due\">([^<]*)</td>"),
          find(cells, "<td class=\"follow-up\">([^<]*)</td>"),
          find(cells, "<span class=\"badge ([^\"]*)\">"),
          find(cells, "<span class=\"badge [^\"]*\">([^<]*)</span>")));
    }
    return rows;
  }

  private static String find(String html, String regex) {
    Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
    assertThat(matcher.find()).as("%s in %s", regex, html).isTrue();
    return matcher.group(1) == null ? "" : matcher.group(1);
  }
}
