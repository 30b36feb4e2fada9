package vn.directivecascade.reporting;

import static vn.directivecascade.reporting.PeriodicReportProcess.Variables.*;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess;

/**
 * For tests outside this package: issues a plan with a reporting regime through the real cascade and
 * submits its reports through the real periodic-report process, on the engine clock.
 */
public class ReportingDriver {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ProcessEngine engine;
  private final TaskService taskService;
  private final CascadeDriver driver;

  public ReportingDriver(ProcessEngine engine) {
    this.engine = engine;
    this.taskService = engine.getTaskService();
    this.driver = new CascadeDriver(engine);
  }

  /** Sets the engine clock to a time in Việt Nam. */
  public static void clock(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant()));
  }

  /**
   * {@code orgCode}'s plan implementing a directive of {@code issuerCode}, cascaded to {@code below},
   * with the regime's draft-plan fields ({@link ReportingRegimeService.Fields}); its id.
   */
  public long issuePlan(String orgCode, String issuerCode, List<String> below, Map<String, Object> regime) {
    ProcessInstance instance = driver.start(orgCode, issuerCode);
    Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH"), below);
    draft.putAll(regime);
    taskService.complete(driver.task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN).getId(), draft);
    driver.approve(instance.getId());
    driver.executeJobs();
    return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(DirectiveCascadeProcess.Variables.ISSUED_PLAN_ID).singleResult().getValue();
  }

  /** Runs every due job (timers included), as the job executor would at the current clock. */
  public void executeJobs() {
    driver.executeJobs();
  }

  /** The organisation prepares its report with the same figure for every target, its approver approves, the job submits it. */
  public void submit(long plan, String orgCode, String periodKey, int numerator, int denominator) {
    Task prepare = task(plan, orgCode, periodKey, PeriodicReportProcess.Elements.PREPARE_REPORT);
    // As the form sends them: the prefilled rows, one per target, with both numbers filled in.
    SpinJsonNode figures = (SpinJsonNode) taskService.getVariable(prepare.getId(), FIGURES);
    figures.elements().forEach(row -> row.prop(FIGURE_COLUMNS[2], String.valueOf(numerator)).prop(FIGURE_COLUMNS[3], String.valueOf(denominator)));
    Map<String, Object> variables = new HashMap<>();
    variables.put(RESULTS, "Đã tổ chức đối thoại tại nơi làm việc");
    variables.put(FIGURES, SpinValues.jsonValue(figures).create());
    taskService.complete(prepare.getId(), variables);
    taskService.complete(driver.task(prepare.getProcessInstanceId(), PeriodicReportProcess.Elements.APPROVE_REPORT).getId(),
        Map.of(DECISION, "approve", COMMENT, "Đồng ý"));
    driver.executeJobs();
  }

  /** The open task of an organisation's report for a period. */
  public Task task(long plan, String orgCode, String periodKey, String taskKey) {
    ProcessInstance report = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
        .processInstanceBusinessKey(new ReportKey(plan, orgCode, periodKey).value()).singleResult();
    return driver.task(report.getId(), taskKey);
  }
}
