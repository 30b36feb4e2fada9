package vn.directivecascade.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.directivecascade.validation.InvalidSubmissionException;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Elements;

/** Drives directive-cascade instances through the engine's public services, as users would. */
public class CascadeDriver {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  /** Numbers are unique per issuer and year; a run-specific part keeps reruns on one database apart. */
  private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  public CascadeDriver(ProcessEngine engine) {
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.managementService = engine.getManagementService();
  }

  public static String uniqueNumber(String symbol) {
    return SEQUENCE.incrementAndGet() + RUN + "/" + symbol;
  }

  /** Start variables as the start form or a REST client sends them. */
  public static Map<String, Object> startVariables(String orgCode, String issuerCode, String number) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ORG_CODE, orgCode);
    variables.put(DIRECTIVE_TYPE, "CHI_THI");
    variables.put(DIRECTIVE_NUMBER, number);
    variables.put(DIRECTIVE_TITLE, "Về tăng cường sự lãnh đạo của Đảng đối với việc xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ");
    variables.put(ISSUER_CODE, issuerCode);
    variables.put(ISSUE_DATE, "2019-09-03");
    return variables;
  }

  /** A complete draft as the draft-plan form sends it. */
  public static Map<String, Object> draft(String number, List<String> cascadeOrgs) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PLAN_TYPE, "KE_HOACH");
    variables.put(PLAN_NUMBER, number);
    variables.put(PLAN_TITLE, "Kế hoạch thực hiện Chỉ thị số 37-CT/TW");
    variables.put(PLAN_CONTENT, "I. MỤC ĐÍCH, YÊU CẦU\nII. NHIỆM VỤ, GIẢI PHÁP\nIII. TỔ CHỨC THỰC HIỆN");
    variables.put(PLAN_ISSUE_DATE, "2020-05-12");
    variables.put(SIGNATORY_NAME, "Nguyễn Văn A");
    variables.put(SIGNING_CAPACITY, "KT");
    variables.put(CASCADE_ORGS, new ArrayList<>(cascadeOrgs)); // a type the engine allows to deserialize
    return variables;
  }

  public ProcessInstance start(String orgCode, String issuerCode) {
    return runtimeService.startProcessInstanceByKey(DirectiveCascadeProcess.KEY,
        startVariables(orgCode, issuerCode, uniqueNumber("CT/TW")));
  }

  public Task task(ProcessInstance instance, String taskKey) {
    return task(instance.getId(), taskKey);
  }

  public Task task(String processInstanceId, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s in %s", taskKey, processInstanceId).isNotNull();
    return task;
  }

  public void submitDraft(String processInstanceId, List<String> cascadeOrgs) {
    taskService.complete(task(processInstanceId, Elements.DRAFT_PLAN).getId(),
        draft(uniqueNumber("KH-UBND"), cascadeOrgs));
  }

  public void approve(String processInstanceId) {
    taskService.complete(task(processInstanceId, Elements.APPROVE_PLAN).getId(),
        Map.of(DECISION, DECISION_APPROVE, COMMENT, "Đồng ý ban hành"));
  }

  /** Draft and approve one organisation's plan, then let the engine run its jobs. */
  public void draftApproveAndIssue(String processInstanceId, List<String> cascadeOrgs) {
    submitDraft(processInstanceId, cascadeOrgs);
    approve(processInstanceId);
    executeJobs();
  }

  /** The child instance that handles the plan at {@code orgCode}. */
  public ProcessInstance child(ProcessInstance parent, String orgCode) {
    return child(parent.getId(), orgCode);
  }

  public ProcessInstance child(String parentId, String orgCode) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(parentId)
        .variableValueEquals(ORG_CODE, orgCode).singleResult();
  }

  /**
   * Runs every due job until none is left, as the job executor would, including its retry of a job
   * that lost an optimistic-locking race.
   */
  public void executeJobs() {
    for (int executed = 0; executed < 1000; executed++) {
      List<Job> due = managementService.createJobQuery().executable().listPage(0, 1);
      if (due.isEmpty()) {
        return;
      }
      try {
        managementService.executeJob(due.get(0).getId());
      } catch (OptimisticLockingException e) {
        // the job stays and runs again in the next round, as the job executor retries it
      }
    }
    throw new AssertionError("jobs still due after 1000 executions");
  }

  /** The bad-input error behind whatever wraps it (the engine wraps a task listener's exception). */
  public static InvalidSubmissionException catchInvalid(Runnable action) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(action::run);
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidSubmissionException invalid) {
        return invalid;
      }
    }
    throw new AssertionError("expected an InvalidSubmissionException, got " + thrown, thrown);
  }
}
