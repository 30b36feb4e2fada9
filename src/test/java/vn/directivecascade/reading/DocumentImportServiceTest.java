package vn.directivecascade.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.directive.DirectiveService;
import vn.directivecascade.plantask.PlanTaskStatusService;
import vn.directivecascade.plantask.TaskRow;
import vn.directivecascade.plantask.TaskTableImport;
import vn.directivecascade.reading.DocumentReading.Basis;
import vn.directivecascade.reading.DocumentReading.Period;
import vn.directivecascade.reading.DocumentReading.RecipientLine;
import vn.directivecascade.reading.DocumentReading.Relation;
import vn.directivecascade.reading.DocumentReading.Reporting;
import vn.directivecascade.reading.DocumentReading.Role;
import vn.directivecascade.reading.DocumentReading.Signatory;
import vn.directivecascade.reporting.ReportingDriver;
import vn.directivecascade.reporting.ReportingObligation;
import vn.directivecascade.reporting.ReportingRegimeService;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * Confirming what was read, in both modes, as the signed-in drafter (on an engine clock of
 * 25/06/2020): a received document is registered and its cascade started with the start form's
 * variables; an own plan's values complete its draft-plan task and, once approved, the issued plan
 * has the reporting regime, tasks and organisations below that were read. A bad confirm creates
 * nothing and leaves the task open. The readings are built here: the parser is not needed.
 */
@SpringBootTest
class DocumentImportServiceTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired DocumentImportService imports;
  @Autowired DirectiveService directives;
  @Autowired ReportingRegimeService regimes;
  @Autowired PlanTaskStatusService planTasks;
  @Autowired TransactionTemplate transaction;

  CascadeDriver cascade;

  @BeforeEach
  void clock() {
    ReportingDriver.clock(2020, 6, 25, 9, 0);
    cascade = new CascadeDriver(engine);
  }

  @AfterEach
  void endWhatTheTestStarted() {
    identityService.clearAuthentication();
    Date from = date(2020, 6, 24);
    Date to = date(2020, 6, 27);
    List<String> started = historyService.createHistoricProcessInstanceQuery().startedAfter(from).startedBefore(to).unfinished()
        .list().stream().map(HistoricProcessInstance::getId).toList();
    runtimeService.deleteProcessInstancesIfExists(started, "test ended", true, true, true);
    ClockUtil.reset();
  }

  @Test
  void aReceivedDocumentIsRegisteredAndItsCascadeStartedAsTheStartFormDoes() {
    String number = CascadeDriver.uniqueNumber("QĐ-TTg");
    signIn("lai-chau-drafter", "lai-chau-drafters");
    ReviewForm form = imports.review(received(number, "chinh-phu"), "Số: " + number + "\n…", null);
    assertThat(form.getOrgCode()).as("the user's own organisation").isEqualTo("lai-chau");
    assertThat(form.getDocumentType()).isEqualTo("QUYET_DINH");
    assertThat(form.getIssueDate()).as("as the page shows it").isEqualTo("25/03/2020");
    DocumentImportService.Choices choices = imports.choices(form);
    assertThat(choices.organizations()).extracting(DocumentImportService.Option::value).containsExactly("lai-chau");
    assertThat(choices.issuers()).extracting(DocumentImportService.Option::value).contains("chinh-phu", "ban-bi-thu", "lai-chau");

    String instanceId = imports.startCascade(form);

    Map<String, Object> variables = runtimeService.getVariables(instanceId);
    assertThat(variables).containsEntry(ORG_CODE, "lai-chau").containsEntry(DIRECTIVE_TYPE, "QUYET_DINH")
        .containsEntry(DIRECTIVE_NUMBER, number).containsEntry(ISSUER_CODE, "chinh-phu").containsEntry(ISSUE_DATE, "2020-03-25")
        .containsEntry(DIRECTIVE_TITLE, "Ban hành Kế hoạch thực hiện Chỉ thị số 37-CT/TW");
    Directive registered = directives.find((Long) variables.get(RECEIVED_DOCUMENT_ID));
    assertThat(registered.getNumber()).isEqualTo(number);
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(DirectiveCascadeProcess.Elements.DRAFT_PLAN)
        .count()).as("drafting begins at Lai Châu").isEqualTo(1);
  }

  @Test
  void aBadReceivedDocumentCreatesNothing() {
    String number = CascadeDriver.uniqueNumber("QĐ-TTg");
    signIn("lai-chau-drafter", "lai-chau-drafters");
    ReviewForm form = imports.review(received(number, "khong-co-don-vi"), "…", null);
    form.setOrgCode("ha-noi"); // not an organisation this user drafts for: a tampered form
    form.setDocumentType("THONG_TU");
    form.setIssueDate("25/13/2020");

    Map<String, String> errors = catchThrowableOfType(() -> imports.startCascade(form), InvalidSubmissionException.class).errors();

    assertThat(errors).containsKeys("orgCode", "issuerCode", "documentType", "issueDate");
    assertThat(errors.get("issuerCode")).contains("khong-co-don-vi");
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName(DIRECTIVE_NUMBER).variableValueEquals(DIRECTIVE_NUMBER, number)
        .count()).isZero();

    form.setOrgCode("lai-chau");
    form.setDocumentType("QUYET_DINH");
    form.setIssueDate("25/03/2020");
    form.setIssuerCode("ha-noi"); // exists, but Lai Châu is not below it: the start's own check refuses it
    Map<String, String> refused = catchThrowableOfType(() -> imports.startCascade(form), InvalidSubmissionException.class).errors();
    assertThat(refused).containsOnlyKeys("orgCode");
    assertThat(refused.get("orgCode")).contains("không trực thuộc");
    assertThat(historyService.createHistoricVariableInstanceQuery().variableValueEquals(DIRECTIVE_NUMBER, number).count()).isZero();
  }

  @Test
  void anOwnPlanCompletesItsDraftAndTheIssuedPlanHasWhatWasRead() {
    ProcessInstance instance = cascade.start("ha-noi", "chinh-phu");
    Task draftTask = cascade.task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN);
    String number = CascadeDriver.uniqueNumber("KH-UBND");
    signIn("ha-noi-drafter", "ha-noi-drafters");
    TaskTableImport.Draft draft = imports.draft(draftTask.getId()).orElseThrow();
    ReviewForm form = imports.review(plan(number), "KẾ HOẠCH\nThực hiện Chỉ thị số 37-CT/TW …", draft);

    assertThat(form.getTask()).isEqualTo(draftTask.getId());
    assertThat(form.getCascadeOrgs()).as("recipients to implement and reporters, among the organisations below")
        .containsExactlyInAnyOrder("ha-noi-syt", "ha-noi-snv", "ha-noi-sldtbxh");
    assertThat(form.getWarnings()).anySatisfy(warning -> assertThat(warning).contains("báo cáo sơ kết trước ngày 30/9/2020"))
        .anySatisfy(warning -> assertThat(warning).contains("không nêu căn cứ", (String) runtimeService.getVariable(instance.getId(), DIRECTIVE_NUMBER)));
    assertThat(DocumentImportService.regime(form.getReporting()).obligations())
        .containsExactly(new DocumentImportService.Obligation("ANNUAL", "05/11", "ha-noi-sldtbxh", "05/12"));
    form.setTitle("Thực hiện Chỉ thị số 37-CT/TW trên địa bàn thành phố Hà Nội"); // corrected

    imports.submitDraft(draft, form);
    identityService.clearAuthentication();

    assertThat(taskService.createTaskQuery().taskId(draftTask.getId()).count()).as("submitted").isZero();
    Map<String, Object> variables = runtimeService.getVariables(instance.getId());
    assertThat(variables).containsEntry(PLAN_NUMBER, number).containsEntry(PLAN_TYPE, "KE_HOACH").containsEntry(PLAN_ISSUE_DATE, "2020-06-22")
        .containsEntry(PLAN_TITLE, "Thực hiện Chỉ thị số 37-CT/TW trên địa bàn thành phố Hà Nội").containsEntry(SIGNING_CAPACITY, "KT")
        .containsEntry(SIGNATORY_NAME, "Nguyễn Văn Sửu").containsEntry(PLAN_CONTENT, "KẾ HOẠCH\nThực hiện Chỉ thị số 37-CT/TW …")
        .containsEntry(ReportingRegimeService.Fields.PERIOD_KIND, "ANNUAL").containsEntry(ReportingRegimeService.Fields.REPORTER_DUE, "05/11")
        .containsEntry(ReportingRegimeService.Fields.CONSOLIDATOR, "ha-noi-sldtbxh")
        .containsEntry(ReportingRegimeService.Fields.CONSOLIDATOR_DUE, "05/12");
    cascade.approve(instance.getId());
    cascade.executeJobs();

    long plan = (Long) runtimeService.getVariable(instance.getId(), ISSUED_PLAN_ID);
    transaction.executeWithoutResult(status -> {
      List<ReportingObligation> obligations = regimes.obligationsOf(plan);
      assertThat(obligations).hasSize(1);
      assertThat(obligations.get(0).getPeriodKind().name()).isEqualTo("ANNUAL");
      assertThat(obligations.get(0).getReporterDue()).isEqualTo("05/11");
      assertThat(obligations.get(0).getConsolidator().getCode()).isEqualTo("ha-noi-sldtbxh");
      assertThat(obligations.get(0).getConsolidatorDue()).isEqualTo("05/12");
    });
    PlanTaskStatusService.PlanTasks tasks = planTasks.tasksOf(plan).orElseThrow();
    assertThat(tasks.tasks()).singleElement().satisfies(task -> {
      assertThat(task.number()).isEqualTo("1");
      assertThat(task.lead().code()).isEqualTo("ha-noi-stttt");
      assertThat(task.cooperators()).extracting(agency -> agency.code()).containsExactly("ha-noi-snv");
    });
    for (String below : List.of("ha-noi-syt", "ha-noi-snv", "ha-noi-sldtbxh")) {
      assertThat(cascade.child(instance.getId(), below)).as("plan to make at %s", below).isNotNull();
    }
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).count()).isEqualTo(3);
  }

  @Test
  void aBadDraftIsRefusedWithItsMessagesAndTheTaskStaysOpen() {
    ProcessInstance instance = cascade.start("ha-noi", "chinh-phu");
    Task draftTask = cascade.task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN);
    signIn("ha-noi-drafter", "ha-noi-drafters");
    TaskTableImport.Draft draft = imports.draft(draftTask.getId()).orElseThrow();
    ReviewForm form = imports.review(plan(CascadeDriver.uniqueNumber("KH-UBND")), "KẾ HOẠCH …", draft);

    form.getReporting().get(0).setPeriod("semiannual"); // one date for two periods a year: the draft-plan task's own check refuses it
    Map<String, String> errors = catchThrowableOfType(() -> imports.submitDraft(draft, form), InvalidSubmissionException.class).errors();
    assertThat(errors).containsKey("reporting");
    assertThat(errors.get("reporting")).contains("cần 2 ngày");

    form.getReporting().get(0).setPeriod("weekly");
    form.getReporting().get(0).setViaCode("khong-co-don-vi");
    form.setSigningCapacity("XYZ");
    form.getCascadeOrgs().add("lai-chau");
    Map<String, String> checked = catchThrowableOfType(() -> imports.submitDraft(draft, form), InvalidSubmissionException.class).errors();
    assertThat(checked).containsKeys("reporting", "signingCapacity", "cascadeOrgs");
    assertThat(checked.get("reporting")).contains("weekly", "khong-co-don-vi");
    identityService.clearAuthentication();

    assertThat(taskService.createTaskQuery().taskId(draftTask.getId()).count()).as("still open").isEqualTo(1);
    assertThat(runtimeService.getVariable(instance.getId(), PLAN_NUMBER)).as("nothing stored").isNull();
  }

  private void signIn(String user, String group) {
    identityService.setAuthentication(user, List.of(group));
  }

  private static DocumentReading received(String number, String issuerCode) {
    return new DocumentReading(number, "Quyết định", "THỦ TƯỚNG CHÍNH PHỦ", issuerCode, "Hà Nội", LocalDate.of(2020, 3, 25),
        "Ban hành Kế hoạch thực hiện Chỉ thị số 37-CT/TW", List.of(), List.of(), List.of(),
        new Signatory("Nguyễn Xuân Phúc", null, "THỦ TƯỚNG"), List.of(), List.of(), Map.of("numberSymbol", "Số: " + number));
  }

  /** Hà Nội's plan as read: two reporting items of one annual regime (via the labour department) and a one-off report. */
  private static DocumentReading plan(String number) {
    List<Reporting> reporting = List.of(
        new Reporting(List.of("Sở Y tế", "Sở Nội vụ"), List.of("ha-noi-syt", "ha-noi-snv"), "UBND Thành phố", "ha-noi",
            "Sở Lao động - Thương binh và Xã hội", "ha-noi-sldtbxh", Period.annual, List.of("05/11"), null, null, null,
            "định kỳ trước ngày 05/11 hằng năm báo cáo UBND Thành phố (qua Sở Lao động - Thương binh và Xã hội)"),
        new Reporting(List.of("Sở Lao động - Thương binh và Xã hội"), List.of("ha-noi-sldtbxh"), "UBND Thành phố", "ha-noi", null, null,
            Period.annual, List.of("05/12"), null, null, null, "Sở Lao động - Thương binh và Xã hội tổng hợp, báo cáo trước ngày 05/12"),
        new Reporting(List.of("Sở Y tế"), List.of("ha-noi-syt"), "UBND Thành phố", "ha-noi", null, null, Period.once, List.of(), null, null,
            LocalDate.of(2020, 9, 30), "báo cáo sơ kết trước ngày 30/9/2020"));
    return new DocumentReading(number, "KẾ HOẠCH", "UBND THÀNH PHỐ HÀ NỘI", "ha-noi", "Hà Nội", LocalDate.of(2020, 6, 22),
        "Thực hiện Chỉ thị số 37-CT/TW", List.of(new Basis("37-CT/TW", "Chỉ thị", "Ban Bí thư", LocalDate.of(2019, 9, 3), Relation.IMPLEMENTS,
            "Thực hiện Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư")),
        reporting,
        List.of(new RecipientLine("Các sở: Y tế, Nội vụ", Role.implement, List.of("ha-noi-syt", "ha-noi-snv"), "- Các sở: Y tế, Nội vụ;"),
            new RecipientLine("Thủ tướng Chính phủ", Role.report, List.of("chinh-phu"), "- Thủ tướng Chính phủ (để b/c);")),
        new Signatory("Nguyễn Văn Sửu", "KT.", "PHÓ CHỦ TỊCH"),
        new ArrayList<>(List.of(new TaskRow("1", "Tuyên truyền, phổ biến Chỉ thị số 37-CT/TW", "Sở Thông tin và Truyền thông", List.of("Sở Nội vụ"),
            "Kế hoạch", "Năm 2020", null))),
        List.of(), Map.of("numberSymbol", "Số: " + number, "issueDate", "Hà Nội, ngày 22 tháng 6 năm 2020"));
  }

  private static Date date(int year, int month, int day) {
    return Date.from(LocalDateTime.of(year, month, day, 0, 0).atZone(ReportingDriver.VIETNAM).toInstant());
  }
}
