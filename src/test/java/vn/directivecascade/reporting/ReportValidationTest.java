package vn.directivecascade.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directivecascade.reporting.PeriodicReportProcess.Variables.*;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.validation.InvalidSubmissionException;

/** Bad reports and reports that should not exist: a clear error, and nothing is stored. */
@SpringBootTest
class ReportValidationTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ReportRepository reports;

  CascadeDriver driver;
  long plan;

  @BeforeEach
  void issuePlanWithAnOpenPeriod() {
    driver = new CascadeDriver(engine);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2025, 10, 23, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    ProcessInstance department = driver.start("ha-noi-sldtbxh", "ha-noi");
    Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-SLĐTBXH"), List.of());
    draft.put(ReportingRegimeService.Fields.PERIOD_KIND, "ANNUAL");
    draft.put(ReportingRegimeService.Fields.REPORTER_DUE, "05/11");
    draft.put(ReportingRegimeService.Fields.TARGETS, "Doanh nghiệp có thỏa ước lao động tập thể | >= | 60 | %");
    taskService.complete(driver.task(department, DirectiveCascadeProcess.Elements.DRAFT_PLAN).getId(), draft);
    driver.approve(department.getId());
    driver.executeJobs(); // issued; the 2025 window (opened 22/10) opens at once
    plan = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(department.getId())
        .variableName(DirectiveCascadeProcess.Variables.ISSUED_PLAN_ID).singleResult().getValue();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void negativeNonNumericOrZeroDenominatorFiguresAreRefused() {
    Task prepare = prepareTask();
    String targetId = ((SpinJsonNode) taskService.getVariable(prepare.getId(), FIGURES)).elements().get(0).prop("target").toString();
    for (String[] numbers : List.of(new String[] {"-1", "4"}, new String[] {"ba", "4"}, new String[] {"3", "0"}, new String[] {"3", ""})) {
      Map<String, Object> variables = report(figure(targetId, numbers[0], numbers[1]));
      InvalidSubmissionException error = CascadeDriver.catchInvalid(() -> taskService.complete(prepare.getId(), variables));
      assertThat(error.errors()).containsOnlyKeys(FIGURES);
    }
    // a tool may still send the figures as text lines: the same checks
    InvalidSubmissionException asText = CascadeDriver.catchInvalid(() ->
        taskService.complete(prepare.getId(), report(targetId + " | chỉ tiêu | 3 | 0")));
    assertThat(asText.errors().get(FIGURES)).contains("mẫu số không được bằng 0");
    InvalidSubmissionException foreign = CascadeDriver.catchInvalid(() ->
        taskService.complete(prepare.getId(), report(figure("999999", "1", "2"))));
    assertThat(foreign.errors().get(FIGURES)).contains("không phải chỉ tiêu của kế hoạch");
    assertThat(driver.task(prepare.getProcessInstanceId(), PeriodicReportProcess.Elements.PREPARE_REPORT).getId()).isEqualTo(prepare.getId());
    assertThat(reports.findByPlanId(plan)).isEmpty();
  }

  @Test
  void aReturnedReportGoesBackToWhoPreparedIt() {
    Task prepare = prepareTask();
    taskService.claim(prepare.getId(), "ha-noi-sldtbxh-drafter");
    taskService.complete(prepare.getId(), Map.of(RESULTS, "Kết quả"));
    taskService.complete(driver.task(prepare.getProcessInstanceId(), PeriodicReportProcess.Elements.APPROVE_REPORT).getId(),
        Map.of(DECISION, "return", COMMENT, "Bổ sung số liệu"));
    Task again = driver.task(prepare.getProcessInstanceId(), PeriodicReportProcess.Elements.PREPARE_REPORT);
    assertThat(again.getAssignee()).isEqualTo("ha-noi-sldtbxh-drafter");
    assertThat(taskService.getVariable(again.getId(), COMMENT)).isEqualTo("Bổ sung số liệu");
    assertThat(reports.findByPlanId(plan)).as("nothing submitted").isEmpty();
  }

  @Test
  void aReportCannotBeMovedToAnotherOrganisationOrPeriod() {
    Task prepare = prepareTask();
    Map<String, Object> variables = report("");
    variables.put(ORG_CODE, "lai-chau-syt");
    assertThat(CascadeDriver.catchInvalid(() -> taskService.complete(prepare.getId(), variables)).errors()).containsOnlyKeys(ORG_CODE);
    variables.put(ORG_CODE, "ha-noi-sldtbxh");
    variables.put(PERIOD_KEY, "2026-ANNUAL-1");
    assertThat(CascadeDriver.catchInvalid(() -> taskService.complete(prepare.getId(), variables)).errors()).containsOnlyKeys(ORG_CODE);
    assertThat(reports.findByPlanId(plan)).isEmpty();
  }

  @Test
  void nobodyStartsAReportForAPeriodNotOpenOrAnOrganisationNotReporting() {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY).count();
    assertStartRefused(new ReportKey(plan, "ha-noi-sldtbxh", "2027-ANNUAL-1").value(), "ha-noi-sldtbxh", "2027-ANNUAL-1", "2027-11-05", PERIOD_KEY);
    assertStartRefused(new ReportKey(plan, "lai-chau-syt", "2025-ANNUAL-1").value(), "lai-chau-syt", "2025-ANNUAL-1", "2025-11-05", ORG_CODE);
    assertStartRefused(null, "ha-noi-sldtbxh", "2025-ANNUAL-1", "2025-11-05", PERIOD_KEY);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY).count())
        .isEqualTo(before);
  }

  private void assertStartRefused(String businessKey, String orgCode, String periodKey, String due, String field) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PLAN_ID, plan);
    variables.put(ORG_CODE, orgCode);
    variables.put(PERIOD_KEY, periodKey);
    variables.put(REPORT_DUE, due);
    variables.put(RECIPIENT_CODE, "ha-noi");
    variables.put(HAS_REPORTERS, false);
    InvalidSubmissionException error = CascadeDriver.catchInvalid(() ->
        runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY, businessKey, variables));
    assertThat(error.errors()).containsKey(field);
  }

  private Task prepareTask() {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(new ReportKey(plan, "ha-noi-sldtbxh", "2025-ANNUAL-1").value()).singleResult();
    return driver.task(instance.getId(), PeriodicReportProcess.Elements.PREPARE_REPORT);
  }

  /** A figure's row as the report form sends it. */
  private static JsonValue figure(String targetId, String numerator, String denominator) {
    SpinJsonNode row = Spin.JSON("{}").prop("target", targetId).prop("label", "chỉ tiêu").prop("numerator", numerator)
        .prop("denominator", denominator);
    return SpinValues.jsonValue(Spin.JSON("[]").append(row)).create();
  }

  private static Map<String, Object> report(Object figures) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(RESULTS, "Kết quả");
    variables.put(FIGURES, figures);
    return variables;
  }
}
