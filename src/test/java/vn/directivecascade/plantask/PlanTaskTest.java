package vn.directivecascade.plantask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static vn.directivecascade.plantask.PlanTaskProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.notification.Notification;
import vn.directivecascade.notification.NotificationKind;
import vn.directivecascade.notification.NotificationService;
import vn.directivecascade.plantask.PlanTaskStatusService.Cycle;
import vn.directivecascade.plantask.PlanTaskStatusService.PlanTasks;
import vn.directivecascade.reporting.ReportingDriver;
import vn.directivecascade.rest.EngineRestClient;
import vn.directivecascade.rest.EngineRestClient.FilePart;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * A plan's task table from import to accepted products, on the real engine clock: the appendix of
 * Hà Nội's Kế hoạch 131/KH-UBND (written for these tests in its layout) imported from .csv and
 * .xlsx, contributions, the lead's work, confirmation, acceptance, extensions and yearly cycles.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanTaskTest {

  static final String APPENDIX = "plantask/ke-hoach-131-ha-noi-phu-luc.csv";
  static final String BAD_APPENDIX = "plantask/phu-luc-loi.csv";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired PlanTaskService planTasks;
  @Autowired PlanTaskStatusService statuses;
  @Autowired NotificationService notifications;

  PlanTaskDriver driver;
  EngineRestClient rest;

  @BeforeEach
  void setUp() {
    driver = new PlanTaskDriver(engine);
    rest = new EngineRestClient(port);
    ReportingDriver.clock(2020, 6, 25, 9, 0);
  }

  @AfterEach
  void endTasksAndResetClock() {
    driver.endIssuedPlansTasks();
    ClockUtil.reset();
  }

  @Test
  void theAppendixOfARealPlanIsImportedFromCsvAndXlsxAndEveryTaskBecomesTheLeadsWork() throws IOException {
    Task draft = driver.draftTask();
    String importPath = "/api/drafts/" + draft.getId() + "/plan-tasks";

    // Dry run: what would be created, nothing stored.
    JsonNode dryRun = rest.parse(rest.postMultipart("ha-noi-drafter", importPath + "?dryRun=true", Map.of(),
        List.of(new FilePart("file", "phu-luc.csv", resource(APPENDIX))), 200));
    assertThat(dryRun.get("valid").asBoolean()).isTrue();
    assertThat(dryRun.get("stored").asBoolean()).isFalse();
    assertThat(dryRun.get("rows")).hasSize(17);
    assertThat(taskService.getVariable(draft.getId(), TaskTableService.FIELD)).as("a dry run stores nothing").isNull();
    JsonNode third = dryRun.get("rows").get(2);
    assertThat(third.get("number").asText()).isEqualTo("3");
    assertThat(third.get("lead").get("code").asText()).isEqualTo("ha-noi-ldld");
    assertThat(third.get("cooperators").findValuesAsText("code")).as("a name with a comma, and one agency per line")
        .containsExactly("ha-noi-svhttdl", "ha-noi-stttt");
    assertThat(third.get("firstCycles").toString()).contains("năm 2021: 31/12/2021", "năm 2022: 31/12/2022");
    JsonNode twelfth = dryRun.get("rows").get(11);
    assertThat(twelfth.get("cooperators").findValuesAsText("code")).containsExactly("ha-noi-sgddt", "ha-noi-sct");
    assertThat(dryRun.get("rows").get(7).get("cooperators").findValuesAsText("code")).as("'Sở Y tế' within Hà Nội")
        .containsExactly("ha-noi-syt", "ha-noi-ldld");
    assertThat(dryRun.get("rows").get(4).get("productType").asText()).isEqualTo("PROJECT");

    // The same appendix as .xlsx becomes the draft's task table: the form's rows, agencies by code.
    JsonNode stored = rest.parse(rest.postMultipart("ha-noi-drafter", importPath, Map.of(),
        List.of(new FilePart("file", "phu-luc.xlsx", xlsx(resource(APPENDIX)))), 200));
    assertThat(stored.get("stored").asBoolean()).isTrue();
    SpinJsonNode rows = (SpinJsonNode) taskService.getVariable(draft.getId(), TaskTableService.FIELD);
    assertThat(rows.elements()).hasSize(17);
    assertThat(rows.elements().get(2).prop("lead").stringValue()).isEqualTo("ha-noi-ldld");
    assertThat(rows.elements().get(2).prop("cooperators").elements()).extracting(SpinJsonNode::stringValue)
        .containsExactly("ha-noi-svhttdl", "ha-noi-stttt");

    // The drafter adds a row in the form after the imported ones, and the plan is issued.
    rows.append(Spin.JSON("{}").prop("number", "18").prop("content", "Báo cáo bổ sung").prop("lead", "Sở Nội vụ")
        .prop("cooperators", Spin.JSON("[]")).prop("product", "Báo cáo").prop("timeFrame", "Năm 2020"));
    long plan = driver.issue(draft, SpinValues.jsonValue(rows).create());
    PlanTasks issued = statuses.tasksOf(plan).orElseThrow();
    assertThat(issued.tasks()).as("the imported rows, then the one entered by hand").extracting(PlanTaskStatusService.Task::number)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18");
    assertThat(issued.tasks().get(2).cooperators()).extracting(Agency::code)
        .containsExactlyInAnyOrder("ha-noi-svhttdl", "ha-noi-stttt");
    PlanTaskStatusService.Task first = issued.tasks().get(0);
    assertThat(first.lead().code()).isEqualTo("ha-noi-stttt");
    assertThat(first.cooperators()).extracting(Agency::code).containsExactlyInAnyOrder("ha-noi-sldtbxh", "ha-noi-ldld");

    // Each task's first cycle: open now when it is due this year, waiting for its year otherwise.
    driver.executeJobs();
    PlanTasks now = statuses.tasksOf(plan).orElseThrow();
    Cycle information = now.tasks().get(0).cycles().get(0);
    assertThat(information.key()).isEqualTo("2020");
    assertThat(information.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    Task work = driver.task(driver.cycle(first.id(), "2020"), PlanTaskProcess.Elements.EXECUTE_TASK);
    assertThat(taskService.createTaskQuery().taskId(work.getId()).taskCandidateGroup("ha-noi-stttt-drafters").count()).isEqualTo(1);
    assertThat(work.getDueDate()).isEqualTo(at(2020, 12, 31, 23, 59, 59));
    assertThat(work.getFollowUpDate()).isEqualTo(at(2020, 12, 28, 8, 0, 0));
    assertThat(work.getName()).startsWith("Thực hiện nhiệm vụ 1 (năm 2020) – Kế hoạch ");
    assertThat(driver.tasks(driver.cycle(first.id(), "2020"), PlanTaskProcess.Elements.CONTRIBUTE_TASK)).hasSize(2)
        .allSatisfy(contribution -> assertThat(contribution.getDueDate()).as("5 working days before 31/12/2020")
            .isEqualTo(at(2020, 12, 24, 23, 59, 59)));
    Cycle project = now.tasks().get(4).cycles().get(0);
    assertThat(project.key()).isEqualTo("2021");
    assertThat(project.status()).as("Năm 2021: scheduled, not started").isEqualTo(TaskStatus.NOT_STARTED);
    assertThat(project.processInstanceId()).isNull();
    assertThat(now.tasks().get(3).cycles().get(0).originalDeadline()).isEqualTo(LocalDate.of(2020, 9, 30));
    assertThat(now.tasks().get(14).cycles().get(0).originalDeadline()).as("Năm 2024, trước ngày 30/6").isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(now.summary().get(TaskStatus.IN_PROGRESS)).isEqualTo(13);
    assertThat(now.summary().get(TaskStatus.NOT_STARTED))
        .as("first cycles of tasks 3, 5, 9, 12 (2021) and 15 (2024), and the 2021 cycle of the 8 yearly tasks").isEqualTo(13);
    assertThat(now.tasks().get(1).cycles()).extracting(Cycle::key, Cycle::status)
        .containsExactly(tuple("2020", TaskStatus.IN_PROGRESS), tuple("2021", TaskStatus.NOT_STARTED));

    // The JSON endpoint, for the issuer and not for another province.
    JsonNode json = rest.call("ha-noi-approver", "GET", "/api/directives/" + plan + "/tasks", null, 200);
    assertThat(json.get("tasks")).hasSize(18);
    assertThat(json.get("tasks").get(0).get("cycles").get(0).get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(json.get("tasks").get(0).get("cycles").get(0).get("originalDeadline").asText()).isEqualTo("2020-12-31");
    assertThat(json.get("summary").get("NOT_STARTED").asInt()).isEqualTo(13);
    rest.call("ha-noi-stttt-drafter", "GET", "/api/directives/" + plan + "/tasks", null, 200);
    rest.call("lai-chau-approver", "GET", "/api/directives/" + plan + "/tasks", null, 404);
  }

  @Test
  void aBadAppendixIsRefusedRowByRowAndNothingIsStored() throws IOException {
    Task draft = driver.draftTask();
    String importPath = "/api/drafts/" + draft.getId() + "/plan-tasks";
    JsonNode refused = rest.parse(rest.postMultipart("ha-noi-drafter", importPath, Map.of(),
        List.of(new FilePart("file", "phu-luc-loi.csv", resource(BAD_APPENDIX))), 400));
    assertThat(refused.get("valid").asBoolean()).isFalse();
    assertThat(refused.get("stored").asBoolean()).isFalse();
    JsonNode rows = refused.get("rows");
    assertThat(rows).hasSize(7);
    assertThat(rows.get(0).get("errors")).isEmpty();
    assertThat(rows.get(1).get("errors").toString()).contains("không tìm thấy cơ quan 'Ban Quản lý các khu công nghiệp và chế xuất'");
    assertThat(rows.get(2).get("errors").toString()).contains("thiếu nội dung công việc");
    assertThat(rows.get(3).get("errors").toString()).contains("cơ quan chủ trì 'Sở Y tế tỉnh Lai Châu' không trực thuộc cơ quan ban hành kế hoạch (UBND thành phố Hà Nội)");
    assertThat(rows.get(4).get("errors").toString()).contains("không hiểu thời gian 'sớm nhất có thể'");
    assertThat(rows.get(5).get("errors").toString()).contains("'Sở' khớp nhiều cơ quan");
    assertThat(rows.get(6).get("errors").toString()).contains("chỉ một cơ quan chủ trì, ô này có 2");
    assertThat(taskService.getVariable(draft.getId(), TaskTableService.FIELD)).as("nothing stored").isNull();

    // Files that are no task table.
    assertThat(fileRefused(importPath, "phu-luc.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).contains("chỉ nhận tệp .xlsx hoặc .csv");
    assertThat(fileRefused(importPath, "phu-luc.xlsx", "not a workbook".getBytes(StandardCharsets.US_ASCII))).contains("không đọc được tệp .xlsx");
    assertThat(fileRefused(importPath, "phu-luc.csv", new byte[0])).contains("tệp rỗng");
    assertThat(fileRefused(importPath, "phu-luc.csv", new byte[(int) TaskTableFile.MAX_BYTES + 1])).contains("tệp lớn hơn 5 MB");
    assertThat(fileRefused(importPath, "phu-luc.csv", "Họ tên,Địa chỉ\nA,B\n".getBytes(StandardCharsets.UTF_8))).contains("không thấy dòng tiêu đề");
    assertThat(fileRefused(importPath, "phu-luc.csv", new byte[] {(byte) 0xC3, (byte) 0x28, ',', 'x'})).contains("UTF-8");
    assertThat(taskService.getVariable(draft.getId(), TaskTableService.FIELD)).isNull();

    // Another province's drafter has no such draft.
    rest.postMultipart("lai-chau-drafter", importPath, Map.of(), List.of(new FilePart("file", "phu-luc.csv", resource(APPENDIX))), 404);
  }

  @Test
  void anAppendixTooLongForAProcessVariableIsImportedAndEveryRowIssued() {
    StringBuilder csv = new StringBuilder("TT;Nội dung công việc;Cơ quan chủ trì;Cơ quan phối hợp;Sản phẩm;Thời gian;Ghi chú\n");
    for (int row = 1; row <= 60; row++) {
      csv.append(row).append(";Rà soát, hoàn thiện quy chế phối hợp giữa các cơ quan trong lĩnh vực quan hệ lao động, nội dung số ")
          .append(row).append(";Sở Nội vụ;\"Sở Tư pháp; Sở Lao động – Thương binh và Xã hội\";Báo cáo kết quả rà soát;Năm 2021, trước ngày 15/12;\n");
    }
    assertThat(csv.length()).as("longer than a String variable may be").isGreaterThan(4000);
    Task draft = driver.draftTask();
    rest.postMultipart("ha-noi-drafter", "/api/drafts/" + draft.getId() + "/plan-tasks", Map.of(),
        List.of(new FilePart("file", "phu-luc-dai.csv", csv.toString().getBytes(StandardCharsets.UTF_8))), 200);
    long plan = driver.issue(draft, null);
    assertThat(statuses.tasksOf(plan).orElseThrow().tasks()).hasSize(60)
        .allSatisfy(task -> assertThat(task.cooperators()).hasSize(2));
  }

  @Test
  void aDraftWithBadTaskRowsIsRefusedAndStaysOpen() {
    Task draft = driver.draftTask();
    Map<String, Object> variables = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-UBND"), List.of());
    variables.put(TaskTableService.FIELD, """
        1 | Tuyên truyền | Sở Thông tin và Truyền thông | Sở Nội vụ | Kế hoạch | Năm 2020 |
        2 | Rà soát | Sở Không Có | | Báo cáo | quý sau |
        3 | Thiếu cột | Sở Nội vụ""");
    InvalidSubmissionException refused = CascadeDriver.catchInvalid(() -> taskService.complete(draft.getId(), variables));
    assertThat(refused.errors().get(TaskTableService.FIELD)).contains("dòng 3: cần 'TT | nội dung | chủ trì");
    variables.put(TaskTableService.FIELD, """
        1 | Tuyên truyền | Sở Thông tin và Truyền thông | Sở Nội vụ | Kế hoạch | Năm 2020 |
        2 | Rà soát | Sở Không Có | | Báo cáo | quý sau |""");
    refused = CascadeDriver.catchInvalid(() -> taskService.complete(draft.getId(), variables));
    assertThat(refused.errors().get(TaskTableService.FIELD)).contains("dòng 2 (TT 2): cơ quan chủ trì: không tìm thấy cơ quan 'Sở Không Có'")
        .contains("không hiểu thời gian 'quý sau'").doesNotContain("dòng 1");
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).as("the draft stays open").isEqualTo(1);
    variables.put(TaskTableService.FIELD, "1 | " + "Tuyên truyền ".repeat(400) + "| Sở Nội vụ | | Báo cáo | Năm 2020 |");
    refused = CascadeDriver.catchInvalid(() -> taskService.complete(draft.getId(), variables));
    assertThat(refused.errors().get(TaskTableService.FIELD)).as("a table too long for the field is imported instead").contains("dài quá 4000 ký tự");
  }

  @Test
  void aTaskWithThreeCooperatingAgenciesRunsToAcceptanceWithOneContributionLate() {
    long plan = driver.issue("""
        1 | Nắm tình hình, phòng ngừa tranh chấp lao động tại các khu công nghiệp | Sở Công Thương | Sở Lao động – Thương binh và Xã hội; Liên đoàn Lao động Thành phố; Sở Nội vụ | Báo cáo | Hằng năm |""");
    driver.executeJobs();
    long taskId = statuses.tasksOf(plan).orElseThrow().tasks().get(0).id();
    ProcessInstance cycle = driver.cycle(taskId, "2020");
    List<Task> contributions = driver.tasks(cycle, PlanTaskProcess.Elements.CONTRIBUTE_TASK);
    assertThat(contributions).hasSize(3);
    Map<String, Task> byAgency = new HashMap<>();
    contributions.forEach(task -> byAgency.put((String) taskService.getVariable(task.getId(), COOPERATOR_CODE), task));
    assertThat(byAgency).containsOnlyKeys("ha-noi-sldtbxh", "ha-noi-ldld", "ha-noi-snv");

    // Two contribute in time, one after its deadline (24/12/2020); none sees another's text.
    ReportingDriver.clock(2020, 12, 1, 10, 0);
    driver.completeAs("ha-noi-sldtbxh-drafter", "ha-noi-sldtbxh-drafters", byAgency.get("ha-noi-sldtbxh"),
        Map.of(TASK_ID, taskId, CYCLE_KEY, "2020", CONTRIBUTION, "Cung cấp số liệu tranh chấp lao động 2020"));
    assertThat(taskService.getVariable(byAgency.get("ha-noi-ldld").getId(), CONTRIBUTION)).as("local to each agency").isNull();
    InvalidSubmissionException empty = CascadeDriver.catchInvalid(() -> driver.completeAs("ha-noi-ldld-drafter", "ha-noi-ldld-drafters",
        byAgency.get("ha-noi-ldld"), Map.of(TASK_ID, taskId, CYCLE_KEY, "2020", CONTRIBUTION, " ")));
    assertThat(empty.errors()).containsKey(CONTRIBUTION);
    driver.completeAs("ha-noi-ldld-drafter", "ha-noi-ldld-drafters", byAgency.get("ha-noi-ldld"),
        Map.of(TASK_ID, taskId, CYCLE_KEY, "2020", CONTRIBUTION, "Ý kiến của công đoàn các khu công nghiệp"));
    driver.executeJobs();
    ReportingDriver.clock(2020, 12, 28, 10, 0);
    driver.completeAs("ha-noi-snv-drafter", "ha-noi-snv-drafters", byAgency.get("ha-noi-snv"),
        Map.of(TASK_ID, taskId, CYCLE_KEY, "2020", CONTRIBUTION, "Không có ý kiến thêm"));
    driver.executeJobs();

    // The lead executes with the contributions before it, its approvers confirm, the issuer accepts.
    ReportingDriver.clock(2020, 12, 29, 9, 0);
    Task execute = driver.task(cycle, PlanTaskProcess.Elements.EXECUTE_TASK);
    assertThat((String) taskService.getVariable(execute.getId(), CONTRIBUTIONS))
        .contains("Sở Lao động – Thương binh và Xã hội thành phố Hà Nội: Cung cấp số liệu tranh chấp lao động 2020")
        .contains("Sở Nội vụ thành phố Hà Nội (gửi muộn): Không có ý kiến thêm");
    driver.completeAs("ha-noi-sct-drafter", "ha-noi-sct-drafters", execute, product("123/BC-SCT", "2020-12-29"));
    Task confirm = driver.task(cycle, PlanTaskProcess.Elements.CONFIRM_TASK);
    assertThat(refusal(() -> driver.completeAs("ha-noi-sct-drafter", "ha-noi-sct-drafters", confirm, approve())))
        .as("a drafter cannot confirm").isNotNull();
    driver.completeAs("ha-noi-sct-approver", "ha-noi-sct-approvers", confirm, approve());

    ReportingDriver.clock(2021, 1, 5, 9, 0);
    Task accept = driver.task(cycle, PlanTaskProcess.Elements.ACCEPT_TASK);
    assertThat(accept.getDueDate()).as("the issuer's acceptance has no deadline of its own").isNull();
    assertThat(refusal(() -> driver.completeAs("demo", "camunda-admin", accept, approve())).getMessage())
        .as("an administrator is not the issuer's approver").contains("không thể nghiệm thu");
    assertThat(refusal(() -> driver.completeAs("ha-noi-sct-approver", "ha-noi-sct-approvers", accept, approve())))
        .as("nor is the lead's").isNotNull();
    assertThat(taskService.createTaskQuery().taskId(accept.getId()).count()).as("refused: still open").isEqualTo(1);
    driver.completeAs("ha-noi-approver", "ha-noi-approvers", accept, approve());
    driver.executeJobs();

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(cycle.getId()).singleResult().getEndActivityId())
        .isEqualTo(PlanTaskProcess.Elements.PRODUCT_ACCEPTED);
    Cycle done = cycleOf(plan, 0, "2020");
    assertThat(done.status()).as("sent 29/12, due 31/12: on time though accepted in January").isEqualTo(TaskStatus.COMPLETED_ON_TIME);
    assertThat(done.product().numberSymbol()).isEqualTo("123/BC-SCT");
    assertThat(done.product().sentAt()).startsWith("2020-12-29T09:00");
    assertThat(done.product().acceptedAt()).startsWith("2021-01-05T09:00");
    assertThat(done.contributions()).extracting(c -> c.agency().code() + (c.late() ? " late" : ""))
        .containsExactlyInAnyOrder("ha-noi-sldtbxh", "ha-noi-ldld", "ha-noi-snv late");
  }

  @Test
  void aYearlyTaskOpensOneCycleEachYearAndNoneTwice() {
    long plan = driver.issue("""
        16 | Tổng hợp, báo cáo kết quả thực hiện Kế hoạch | Sở Lao động – Thương binh và Xã hội | | Báo cáo | Hằng năm, trước ngày 05/12 |""");
    driver.executeJobs();
    long taskId = statuses.tasksOf(plan).orElseThrow().tasks().get(0).id();
    assertThat(driver.cycle(taskId, "2020")).isNotNull();
    assertThat(nextCycleTimer(taskId).getDuedate()).as("2021 opens on its first day").isEqualTo(at(2021, 1, 1, 8, 0, 0));

    ReportingDriver.clock(2021, 1, 4, 9, 0); // year one: the 2020 cycle is overdue, 2021 opens
    driver.executeJobs();
    driver.executeJobs();
    planTasks.openCycle(taskId, "2021"); // opening again starts nothing
    assertThat(cycleKeys(taskId)).containsExactly("2020", "2021");
    assertThat(nextCycleTimer(taskId).getDuedate()).isEqualTo(at(2022, 1, 1, 8, 0, 0));
    assertThat(driver.task(driver.cycle(taskId, "2021"), PlanTaskProcess.Elements.EXECUTE_TASK).getDueDate())
        .isEqualTo(at(2021, 12, 5, 23, 59, 59));

    ReportingDriver.clock(2022, 1, 3, 9, 0); // year two
    driver.executeJobs();
    assertThat(cycleKeys(taskId)).containsExactly("2020", "2021", "2022");
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId(PlanTaskProcess.Elements.CYCLE_OPENS)
        .processInstanceId(schedule(taskId).getId()).finished().count()).as("each cycle's timer fired once: 2020, 2021, 2022").isEqualTo(3);
    assertThat(cycleOf(plan, 0, "2020").status()).isEqualTo(TaskStatus.OVERDUE);
    List<Notification> escalated = notifications.ofProcessInstance(driver.cycle(taskId, "2020").getId()).stream()
        .filter(notification -> notification.getKind() == NotificationKind.TASK_OVERDUE).toList();
    assertThat(escalated).hasSize(1);
    assertThat(escalated.get(0).getRecipientGroup()).isEqualTo("ha-noi-approvers");
  }

  @Test
  void anExtensionMovesTheDeadlineInForceButKeepsTheOriginalInTheStatistics() {
    long plan = driver.issue("""
        4 | Rà soát các văn bản của Thành phố liên quan đến quan hệ lao động | Sở Tư pháp | Sở Nội vụ | Báo cáo rà soát | 30/9/2020 |""");
    driver.executeJobs();
    long taskId = statuses.tasksOf(plan).orElseThrow().tasks().get(0).id();
    ProcessInstance cycle = driver.cycle(taskId, "once");

    ReportingDriver.clock(2020, 9, 20, 9, 0);
    Map<String, Object> request = new HashMap<>(Map.of(TASK_ID, taskId, CYCLE_KEY, "once", EXTENSION_REQUESTED, true,
        REQUESTED_DEADLINE, "2020-09-15", EXTENSION_REASON, "Chờ ý kiến của Bộ Tư pháp"));
    InvalidSubmissionException tooEarly = CascadeDriver.catchInvalid(() -> driver.completeAs("ha-noi-stp-drafter", "ha-noi-stp-drafters",
        driver.task(cycle, PlanTaskProcess.Elements.EXECUTE_TASK), request));
    assertThat(tooEarly.errors().get(REQUESTED_DEADLINE)).contains("phải sau hạn hiện tại 30/09/2020");
    request.put(REQUESTED_DEADLINE, "2020-10-31");
    driver.completeAs("ha-noi-stp-drafter", "ha-noi-stp-drafters", driver.task(cycle, PlanTaskProcess.Elements.EXECUTE_TASK), request);

    Task decide = driver.task(cycle, PlanTaskProcess.Elements.DECIDE_EXTENSION);
    InvalidSubmissionException noReason = CascadeDriver.catchInvalid(() -> driver.completeAs("ha-noi-approver", "ha-noi-approvers", decide,
        Map.of(TASK_ID, taskId, CYCLE_KEY, "once", DECISION, "return")));
    assertThat(noReason.errors()).containsKey(COMMENT);
    assertThat(refusal(() -> driver.completeAs("ha-noi-stp-approver", "ha-noi-stp-approvers", decide, approve())))
        .as("the lead cannot extend its own deadline").isNotNull();
    driver.completeAs("ha-noi-approver", "ha-noi-approvers", decide, approve());

    Task again = driver.task(cycle, PlanTaskProcess.Elements.EXECUTE_TASK);
    assertThat(again.getDueDate()).isEqualTo(at(2020, 10, 31, 23, 59, 59));
    assertThat(runtimeService.getVariable(cycle.getId(), ORIGINAL_DEADLINE)).isEqualTo("2020-09-30");
    assertThat(runtimeService.getVariable(cycle.getId(), EXTENSION_REQUESTED)).as("not asked again unasked").isEqualTo(false);

    ReportingDriver.clock(2020, 10, 5, 9, 0);
    driver.executeJobs();
    Cycle extended = cycleOf(plan, 0, "once");
    assertThat(extended.status()).as("within the extension: not overdue").isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(extended.extended()).isTrue();
    assertThat(extended.originalDeadline()).isEqualTo(LocalDate.of(2020, 9, 30));
    assertThat(extended.deadline()).isEqualTo(LocalDate.of(2020, 10, 31));
    assertThat(notifications.ofProcessInstance(cycle.getId())).extracting(Notification::getKind).doesNotContain(NotificationKind.TASK_OVERDUE);

    // A product that is a plan the lead never issued is refused; its own document is accepted.
    ReportingDriver.clock(2020, 10, 15, 9, 0);
    String hanoisPlan = statuses.tasksOf(plan).orElseThrow().plan().replace("Kế hoạch ", "");
    Map<String, Object> foreignPlan = new HashMap<>(Map.of(TASK_ID, taskId, CYCLE_KEY, "once", PROGRESS, "Đã rà soát 42 văn bản",
        PRODUCT_PLAN_NUMBER, hanoisPlan));
    InvalidSubmissionException notTheLeads = CascadeDriver.catchInvalid(() -> driver.completeAs("ha-noi-stp-drafter", "ha-noi-stp-drafters",
        again, foreignPlan));
    assertThat(notTheLeads.errors().get(PRODUCT_PLAN_NUMBER)).contains("không có kế hoạch số " + hanoisPlan + " do Sở Tư pháp thành phố Hà Nội ban hành");
    InvalidSubmissionException noProduct = CascadeDriver.catchInvalid(() -> driver.completeAs("ha-noi-stp-drafter", "ha-noi-stp-drafters",
        again, Map.of(TASK_ID, taskId, CYCLE_KEY, "once", PROGRESS, "Đã rà soát")));
    assertThat(noProduct.errors()).containsKeys(PRODUCT_NUMBER, PRODUCT_DATE, PRODUCT_SUMMARY);
    driver.completeAs("ha-noi-stp-drafter", "ha-noi-stp-drafters", again, product("88/BC-STP", "2020-10-14"));
    driver.completeAs("ha-noi-stp-approver", "ha-noi-stp-approvers", driver.task(cycle, PlanTaskProcess.Elements.CONFIRM_TASK), approve());
    driver.completeAs("ha-noi-approver", "ha-noi-approvers", driver.task(cycle, PlanTaskProcess.Elements.ACCEPT_TASK), approve());
    driver.executeJobs();

    Cycle done = cycleOf(plan, 0, "once");
    assertThat(done.status()).as("done within the extension, but after the original deadline").isEqualTo(TaskStatus.COMPLETED_LATE);
    assertThat(done.originalDeadline()).isEqualTo(LocalDate.of(2020, 9, 30));
    assertThat(statuses.tasksOf(plan).orElseThrow().summary().get(TaskStatus.COMPLETED_LATE)).isEqualTo(1);
  }

  @Test
  void aProductReturnedByTheIssuerGoesBackAndAPlanTheLeadIssuedBecomesTheAcceptedProductInTheLineage() {
    long plan = driver.issue("""
        13 | Xây dựng quan hệ lao động hài hòa trong các cơ sở giáo dục ngoài công lập | Sở Giáo dục và Đào tạo | | Kế hoạch của ngành Giáo dục | Năm 2020 |""");
    driver.executeJobs();
    long taskId = statuses.tasksOf(plan).orElseThrow().tasks().get(0).id();
    ProcessInstance cycle = driver.cycle(taskId, "2020");
    assertThat(driver.tasks(cycle, PlanTaskProcess.Elements.CONTRIBUTE_TASK)).as("no cooperating agency, no contribution").isEmpty();
    assertThat(taskService.getVariable(driver.task(cycle, PlanTaskProcess.Elements.EXECUTE_TASK).getId(), CONTRIBUTIONS))
        .isEqualTo("Nhiệm vụ không có cơ quan phối hợp");
    driver.completeAs("ha-noi-sgddt-drafter", "ha-noi-sgddt-drafters", driver.task(cycle, PlanTaskProcess.Elements.EXECUTE_TASK),
        product("5/BC-SGDĐT", "2020-06-25"));
    driver.completeAs("ha-noi-sgddt-approver", "ha-noi-sgddt-approvers", driver.task(cycle, PlanTaskProcess.Elements.CONFIRM_TASK), approve());
    driver.completeAs("ha-noi-approver", "ha-noi-approvers", driver.task(cycle, PlanTaskProcess.Elements.ACCEPT_TASK),
        Map.of(DECISION, "return", COMMENT, "Sản phẩm phải là kế hoạch của ngành"));
    Task again = driver.task(cycle, PlanTaskProcess.Elements.EXECUTE_TASK);
    assertThat(taskService.getVariable(again.getId(), COMMENT)).isEqualTo("Sản phẩm phải là kế hoạch của ngành");
    assertThat(again.getAssignee()).as("back to the drafter who sent the product").isEqualTo("ha-noi-sgddt-drafter");
    assertThat(cycleOf(plan, 0, "2020").status()).isEqualTo(TaskStatus.IN_PROGRESS);

    // The department issues its own plan and gives it as the product.
    ProcessInstance departmentCascade = new CascadeDriver(engine).start("ha-noi-sgddt", "ha-noi");
    String departmentPlan = CascadeDriver.uniqueNumber("KH-SGDĐT");
    Map<String, Object> draft = CascadeDriver.draft(departmentPlan, List.of());
    draft.put("planIssueDate", "2020-06-24");
    taskService.complete(new CascadeDriver(engine).task(departmentCascade, "draft-plan").getId(), draft);
    new CascadeDriver(engine).approve(departmentCascade.getId());
    driver.executeJobs();
    driver.completeAs("ha-noi-sgddt-drafter", "ha-noi-sgddt-drafters", again,
        Map.of(PROGRESS, "Đã ban hành kế hoạch của ngành", PRODUCT_PLAN_NUMBER, departmentPlan));
    driver.completeAs("ha-noi-sgddt-approver", "ha-noi-sgddt-approvers", driver.task(cycle, PlanTaskProcess.Elements.CONFIRM_TASK), approve());
    driver.completeAs("ha-noi-approver", "ha-noi-approvers", driver.task(cycle, PlanTaskProcess.Elements.ACCEPT_TASK), approve());
    driver.executeJobs();

    Cycle done = cycleOf(plan, 0, "2020");
    assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
    assertThat(done.product().plan()).isEqualTo("Kế hoạch " + departmentPlan);
    long departmentPlanId = done.product().planId();
    assertThat(rest.send("ha-noi-approver", "GET", "/board/documents/" + departmentPlanId, null).body())
        .contains("Là sản phẩm của nhiệm vụ").contains("Nhiệm vụ 13 (năm 2020) của")
        .contains("href=\"/board/plans/" + plan + "/tasks\"");
    String page = rest.send("ha-noi-approver", "GET", "/board/plans/" + plan + "/tasks", null).body();
    assertThat(page).contains("Nhiệm vụ của kế hoạch").contains("Sở Giáo dục và Đào tạo thành phố Hà Nội")
        .contains("class=\"badge cat-done-on-time\">Hoàn thành đúng hạn</span>").contains("hạn 31/12/2020")
        .contains("đã nghiệm thu: Kế hoạch " + departmentPlan);
    assertThat(rest.send("lai-chau-approver", "GET", "/board/plans/" + plan + "/tasks", null).statusCode()).isEqualTo(404);
  }

  /** The refusal of who may act, by the engine's authorizations or by the server's own check (which the engine wraps). */
  private static AuthorizationException refusal(Runnable action) {
    for (Throwable cause = catchThrowable(action::run); cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException refused) {
        return refused;
      }
    }
    throw new AssertionError("expected an AuthorizationException");
  }

  private String fileRefused(String path, String fileName, byte[] content) {
    return rest.postMultipart("ha-noi-drafter", path, Map.of(), List.of(new FilePart("file", fileName, content)), 400);
  }

  private static Map<String, Object> product(String number, String date) {
    return PlanTaskDriver.product(number, date);
  }

  private static Map<String, Object> approve() {
    return Map.of(DECISION, "approve", COMMENT, "Đồng ý");
  }

  private Cycle cycleOf(long plan, int task, String key) {
    return statuses.tasksOf(plan).orElseThrow().tasks().get(task).cycles().stream().filter(cycle -> cycle.key().equals(key))
        .findFirst().orElseThrow();
  }

  private List<String> cycleKeys(long taskId) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PlanTaskProcess.KEY)
        .processInstanceBusinessKeyLike(TaskCycleKey.cyclesPrefix(taskId) + "%").orderByProcessInstanceStartTime().asc().list().stream()
        .map(instance -> TaskCycleKey.parse(instance.getBusinessKey()).cycleKey()).toList();
  }

  private ProcessInstance schedule(long taskId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanTaskProcess.SCHEDULE_KEY)
        .processInstanceBusinessKey(TaskCycleKey.scheduleKey(taskId)).singleResult();
  }

  private Job nextCycleTimer(long taskId) {
    return managementService.createJobQuery().processInstanceId(schedule(taskId).getId()).timers().singleResult();
  }

  private static byte[] resource(String path) throws IOException {
    return new ClassPathResource(path).getContentAsByteArray();
  }

  /** The CSV's cells in a workbook, as a spreadsheet program would save the same appendix. */
  private static byte[] xlsx(byte[] csv) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Phụ lục");
      int rowIndex = 0;
      for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
        Row row = sheet.createRow(rowIndex++);
        for (int column = 0; column < record.size(); column++) {
          row.createCell(column).setCellValue(record.get(column));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static Date at(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute, second).atZone(ReportingDriver.VIETNAM).toInstant());
  }
}
