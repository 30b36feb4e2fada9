package vn.directivecascade.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.*;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Elements;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.reporting.ReportingRegimeService;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * Bad input to a start or a task completion, sent as a REST client could: a clear error naming the
 * field, the task stays open, and nothing is written.
 */
@SpringBootTest
class CascadeValidationTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired DirectiveRepository directives;

  CascadeDriver driver;

  @BeforeEach
  void setUp() {
    driver = new CascadeDriver(engine);
  }

  // --- start ---

  @Test
  void startWithoutRequiredFieldsIsRefusedNamingEachField() {
    assertStartRefused(Map.of(ORG_CODE, "lai-chau"),
        DIRECTIVE_TYPE, DIRECTIVE_NUMBER, DIRECTIVE_TITLE, ISSUER_CODE, ISSUE_DATE);
  }

  @Test
  void startForUnknownOrganisationIsRefused() {
    Map<String, Object> variables = CascadeDriver.startVariables("lai-chau-khong-co", "chinh-phu", CascadeDriver.uniqueNumber("QĐ-TTg"));
    assertStartRefused(variables, ORG_CODE);
    variables = CascadeDriver.startVariables("lai-chau", "bo-khong-co", CascadeDriver.uniqueNumber("QĐ-TTg"));
    assertStartRefused(variables, ISSUER_CODE);
  }

  @Test
  void startAtAnOrganisationOutsideTheIssuersTreeIsRefused() {
    Map<String, Object> variables = CascadeDriver.startVariables("ha-noi-snv", "lai-chau", CascadeDriver.uniqueNumber("KH-UBND"));
    assertThat(assertStartRefused(variables, ORG_CODE).errors().get(ORG_CODE)).contains("không trực thuộc");
  }

  @Test
  void startWithInvalidDateOrTypeIsRefused() {
    Map<String, Object> variables = CascadeDriver.startVariables("lai-chau", "chinh-phu", CascadeDriver.uniqueNumber("QĐ-TTg"));
    variables.put(ISSUE_DATE, "31/02/2020");
    variables.put(DIRECTIVE_TYPE, "THONG_TU");
    InvalidSubmissionException error = assertStartRefused(variables, ISSUE_DATE, DIRECTIVE_TYPE);
    assertThat(error.errors().get(ISSUE_DATE)).contains("31/02/2020");
  }

  @Test
  void theSameDocumentCannotBeReceivedTwiceByOneOrganisation() {
    String number = CascadeDriver.uniqueNumber("QĐ-TTg");
    runtimeService.startProcessInstanceByKey(DirectiveCascadeProcess.KEY, CascadeDriver.startVariables("kon-tum", "chinh-phu", number));
    assertStartRefused(CascadeDriver.startVariables("kon-tum", "chinh-phu", number), ORG_CODE);
    // ... but another organisation may receive it.
    assertThat(runtimeService.startProcessInstanceByKey(DirectiveCascadeProcess.KEY,
        CascadeDriver.startVariables("soc-trang", "chinh-phu", number))).isNotNull();
  }

  @Test
  void aNumberAlreadyRegisteredWithOtherDetailsIsRefused() {
    String number = CascadeDriver.uniqueNumber("QĐ-TTg");
    runtimeService.startProcessInstanceByKey(DirectiveCascadeProcess.KEY, CascadeDriver.startVariables("ha-noi", "chinh-phu", number));
    Map<String, Object> conflicting = CascadeDriver.startVariables("lai-chau", "chinh-phu", number);
    conflicting.put(DIRECTIVE_TITLE, "Một trích yếu khác");
    assertStartRefused(conflicting, DIRECTIVE_NUMBER);
  }

  // --- draft-plan ---

  @Test
  void draftWithMissingFieldsKeepsTheTaskOpenAndWritesNothing() {
    ProcessInstance instance = driver.start("lai-chau", "chinh-phu");
    Map<String, Object> incomplete = new HashMap<>(CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-UBND"), List.of()));
    incomplete.remove(PLAN_TITLE);
    incomplete.put(PLAN_CONTENT, "   ");
    incomplete.remove(PLAN_TYPE);
    InvalidSubmissionException error = assertDraftRefused(instance, incomplete, PLAN_TITLE, PLAN_CONTENT, PLAN_TYPE);
    assertThat(error.getMessage()).contains("planTitle: bắt buộc nhập");
  }

  @Test
  void draftCascadingToUnknownOrOutsideOrganisationsIsRefused() {
    ProcessInstance instance = driver.start("lai-chau", "chinh-phu");
    InvalidSubmissionException error = assertDraftRefused(instance,
        CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-UBND"), List.of("lai-chau-syt", "khong-co", "ha-noi-snv", "lai-chau")),
        CASCADE_ORGS);
    assertThat(error.errors().get(CASCADE_ORGS)).contains("'khong-co'", "'ha-noi-snv'", "'lai-chau'")
        .doesNotContain("'lai-chau-syt'");
  }

  @Test
  void draftWithInvalidDatesIsRefused() {
    ProcessInstance instance = driver.start("lai-chau", "chinh-phu");
    Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-UBND"), List.of("lai-chau-syt"));
    draft.put(PLAN_ISSUE_DATE, "2020-13-01");
    draft.put(CHILD_DRAFT_DEADLINE, "2020-06-30"); // already past
    assertDraftRefused(instance, draft, PLAN_ISSUE_DATE, CHILD_DRAFT_DEADLINE);

    draft.put(PLAN_ISSUE_DATE, "2019-01-01"); // before the directive it implements (03/09/2019)
    draft.remove(CHILD_DRAFT_DEADLINE);
    assertDraftRefused(instance, draft, PLAN_ISSUE_DATE);
  }

  @Test
  void draftWithANumberTheOrganisationAlreadyUsedThisYearIsRefused() {
    ProcessInstance first = driver.start("lai-chau-snv", "lai-chau");
    String number = CascadeDriver.uniqueNumber("KH-SNV");
    taskService.complete(driver.task(first, Elements.DRAFT_PLAN).getId(), CascadeDriver.draft(number, List.of()));
    driver.approve(first.getId());
    driver.executeJobs();

    ProcessInstance second = driver.start("lai-chau-snv", "lai-chau");
    InvalidSubmissionException error = assertDraftRefused(second, CascadeDriver.draft(number, List.of()), PLAN_NUMBER);
    assertThat(error.errors().get(PLAN_NUMBER)).contains(number, "2020");
  }

  @Test
  void aReportingRegimeThatDoesNotFitItsPeriodsOrTreeIsRefused() {
    ProcessInstance instance = driver.start("lai-chau", "chinh-phu");
    Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-UBND"), List.of("lai-chau-syt"));
    draft.put(ReportingRegimeService.Fields.PERIOD_KIND, "ANNUAL");
    draft.put(ReportingRegimeService.Fields.REPORTER_DUE, "20/06, 20/12"); // two dates for one period
    draft.put(ReportingRegimeService.Fields.CONSOLIDATOR, "ha-noi-snv"); // not in Lai Châu's tree
    draft.put(ReportingRegimeService.Fields.TARGETS, "Doanh nghiệp nhà nước có đối thoại | >= | 100 | %\nkhông đủ phần | 5");
    InvalidSubmissionException error = assertDraftRefused(instance, draft, ReportingRegimeService.Fields.REPORTER_DUE,
        ReportingRegimeService.Fields.CONSOLIDATOR, ReportingRegimeService.Fields.TARGETS);
    assertThat(error.errors().get(ReportingRegimeService.Fields.REPORTER_DUE)).contains("cần 1 ngày");
    assertThat(error.errors().get(ReportingRegimeService.Fields.TARGETS)).startsWith("dòng 2");
  }

  @Test
  void reportersMustBeDueAWorkingDayBeforeTheirConsolidator() {
    ProcessInstance instance = driver.start("soc-trang", "chinh-phu");
    Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-UBND"), List.of("soc-trang-snv"));
    draft.put(ReportingRegimeService.Fields.PERIOD_KIND, "ANNUAL");
    draft.put(ReportingRegimeService.Fields.REPORTER_DUE, "05/12");
    draft.put(ReportingRegimeService.Fields.CONSOLIDATOR, "soc-trang-sldtbxh");
    draft.put(ReportingRegimeService.Fields.CONSOLIDATOR_DUE, "05/12");
    InvalidSubmissionException error = assertDraftRefused(instance, draft, ReportingRegimeService.Fields.CONSOLIDATOR_DUE);
    assertThat(error.errors().get(ReportingRegimeService.Fields.CONSOLIDATOR_DUE)).contains("Năm 2020", "ít nhất một ngày làm việc");

    draft.remove(ReportingRegimeService.Fields.PERIOD_KIND); // a deadline without a period
    assertDraftRefused(instance, draft, ReportingRegimeService.Fields.PERIOD_KIND);

    draft.put(ReportingRegimeService.Fields.PERIOD_KIND, "ANNUAL");
    draft.put(ReportingRegimeService.Fields.CONSOLIDATOR_DUE, "20/12");
    draft.put(ReportingRegimeService.Fields.MORE_OBLIGATIONS, "ANNUAL | 20/12 | | \nHẰNG NĂM | 05/11 | |");
    InvalidSubmissionException more = assertDraftRefused(instance, draft, ReportingRegimeService.Fields.MORE_OBLIGATIONS);
    assertThat(more.errors().get(ReportingRegimeService.Fields.MORE_OBLIGATIONS)).contains("dòng 2", "mỗi kỳ báo cáo chỉ một nghĩa vụ");
  }

  @Test
  void aCompletionCannotMoveTheInstanceToAnotherOrganisationOrDocument() {
    ProcessInstance instance = driver.start("lai-chau-syt", "lai-chau");
    Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-SYT"), List.of());
    draft.put(ORG_CODE, "ha-noi");
    assertDraftRefused(instance, draft, ORG_CODE);
    draft.put(ORG_CODE, "lai-chau-syt");
    draft.put(RECEIVED_DOCUMENT_ID, 1L);
    assertDraftRefused(instance, draft, ORG_CODE);

    driver.submitDraft(instance.getId(), List.of());
    assertApprovalRefused(instance, Map.of(DECISION, DECISION_APPROVE, ORG_CODE, "ha-noi"), ORG_CODE);
  }

  // --- approve-plan ---

  @Test
  void approvalWithoutOrWithAnUnknownDecisionIsRefused() {
    ProcessInstance instance = driver.start("lai-chau-stp", "lai-chau");
    driver.submitDraft(instance.getId(), List.of());
    assertApprovalRefused(instance, Map.of(COMMENT, "ok"), DECISION);
    assertApprovalRefused(instance, Map.of(DECISION, "maybe"), DECISION);
  }

  @Test
  void returnWithoutACommentIsRefused() {
    ProcessInstance instance = driver.start("lai-chau-skhdt", "lai-chau");
    driver.submitDraft(instance.getId(), List.of());
    assertApprovalRefused(instance, Map.of(DECISION, DECISION_RETURN, COMMENT, " "), COMMENT);
  }

  // --- follow-up-overdue-plan ---

  @Test
  void anExtensionThatDoesNotMoveTheDeadlineLaterIsRefused() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 2, 2, 9, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    try {
      ProcessInstance instance = driver.start("lai-chau-ldld-than-uyen", "lai-chau-ldld");
      ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
      driver.executeJobs();
      Task followUp = driver.task(instance, Elements.FOLLOW_UP_OVERDUE_PLAN);
      for (String notLater : List.of("2026-03-04", "2026-01-15", "2026-03-09", "không phải ngày")) {
        InvalidSubmissionException error = CascadeDriver.catchInvalid(() ->
            taskService.complete(followUp.getId(), Map.of(NEW_DRAFT_DEADLINE, notLater)));
        assertThat(error.errors()).containsOnlyKeys(NEW_DRAFT_DEADLINE);
      }
      assertThat(driver.task(instance, Elements.FOLLOW_UP_OVERDUE_PLAN).getId()).isEqualTo(followUp.getId());
      assertThat(runtimeService.getVariable(instance.getId(), DRAFT_DEADLINE)).isEqualTo("2026-03-04");
    } finally {
      ClockUtil.reset();
    }
  }

  private InvalidSubmissionException assertStartRefused(Map<String, Object> variables, String... fields) {
    long instances = historyService.createHistoricProcessInstanceQuery().count();
    long documents = directives.count();
    InvalidSubmissionException error = CascadeDriver.catchInvalid(() ->
        runtimeService.startProcessInstanceByKey(DirectiveCascadeProcess.KEY, variables));
    assertThat(error.errors()).containsOnlyKeys(fields);
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).as("no instance").isEqualTo(instances);
    assertThat(directives.count()).as("no document registered").isEqualTo(documents);
    return error;
  }

  private InvalidSubmissionException assertDraftRefused(ProcessInstance instance, Map<String, Object> variables, String... fields) {
    Task task = driver.task(instance, Elements.DRAFT_PLAN);
    String before = runtimeService.getVariables(instance.getId()).toString();
    long documents = directives.count();
    InvalidSubmissionException error = CascadeDriver.catchInvalid(() -> taskService.complete(task.getId(), variables));
    assertThat(error.errors()).containsOnlyKeys(fields);
    assertThat(driver.task(instance, Elements.DRAFT_PLAN).getId()).as("the task stays open").isEqualTo(task.getId());
    assertThat(runtimeService.getVariables(instance.getId())).as("no variable changed").hasToString(before);
    assertThat(directives.count()).isEqualTo(documents);
    return error;
  }

  private void assertApprovalRefused(ProcessInstance instance, Map<String, Object> variables, String... fields) {
    Task task = driver.task(instance, Elements.APPROVE_PLAN);
    InvalidSubmissionException error = CascadeDriver.catchInvalid(() -> taskService.complete(task.getId(), variables));
    assertThat(error.errors()).containsOnlyKeys(fields);
    assertThat(driver.task(instance, Elements.APPROVE_PLAN).getId()).isEqualTo(task.getId());
    assertThat(runtimeService.getVariables(instance.getId())).containsEntry(DECISION, null);
  }

}
