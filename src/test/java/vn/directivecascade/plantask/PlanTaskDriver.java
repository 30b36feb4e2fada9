package vn.directivecascade.plantask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess;

/** Issues plans with a task table through the real cascade and works their plan-task instances as their users would. */
public class PlanTaskDriver {

  static final String ISSUER = "ha-noi";
  static final String PLAN_ISSUE_DATE = "2020-06-22";

  private final ProcessEngine engine;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final CascadeDriver cascade;
  private final List<Long> issued = new ArrayList<>();

  public PlanTaskDriver(ProcessEngine engine) {
    this.engine = engine;
    this.taskService = engine.getTaskService();
    this.identityService = engine.getIdentityService();
    this.cascade = new CascadeDriver(engine);
  }

  /** Hà Nội's draft-plan task of a new cascade of a directive of the Government. */
  Task draftTask() {
    ProcessInstance instance = cascade.start(ISSUER, "chinh-phu");
    return cascade.task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN);
  }

  /** The draft as the form sends it (the task table already in the task's variables, or given here), approved and issued; the plan's id. */
  /** Issues the draft with its task table: text lines as a tool writes them, or the form's Json rows. */
  long issue(Task draft, Object planTasks) {
    Map<String, Object> variables = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-UBND"), List.of());
    variables.put(DirectiveCascadeProcess.Variables.PLAN_ISSUE_DATE, PLAN_ISSUE_DATE);
    if (planTasks != null) {
      variables.put(TaskTableService.FIELD, planTasks);
    }
    taskService.complete(draft.getId(), variables);
    cascade.approve(draft.getProcessInstanceId());
    cascade.executeJobs();
    long plan = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(draft.getProcessInstanceId())
        .variableName(DirectiveCascadeProcess.Variables.ISSUED_PLAN_ID).singleResult().getValue();
    issued.add(plan);
    return plan;
  }

  /**
   * Ends the schedules and cycles of the plans issued here. A test on a clock in 2020 leaves timers for
   * the years after; on the real clock a later test's job run would catch every year up at once.
   */
  public void endIssuedPlansTasks() {
    RuntimeService runtimeService = engine.getRuntimeService();
    List<String> running = new ArrayList<>();
    for (long plan : issued) {
      for (String key : List.of(PlanTaskProcess.SCHEDULE_KEY, PlanTaskProcess.KEY)) {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(key)
            .variableValueEquals(PlanTaskProcess.Variables.PLAN_ID, plan).list().forEach(instance -> running.add(instance.getId()));
      }
    }
    runtimeService.deleteProcessInstancesIfExists(running, "test ended", true, true, true);
    issued.clear();
  }

  public long issue(String planTasks) {
    return issue(draftTask(), planTasks);
  }

  public ProcessInstance cycle(long taskId, String cycleKey) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PlanTaskProcess.KEY)
        .processInstanceBusinessKey(new TaskCycleKey(taskId, cycleKey).value()).singleResult();
    assertThat(instance).as("plan-task of task %s, cycle %s", taskId, cycleKey).isNotNull();
    return instance;
  }

  List<Task> tasks(ProcessInstance cycle, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(taskKey).orderByTaskId().asc().list();
  }

  public Task task(ProcessInstance cycle, String taskKey) {
    List<Task> open = tasks(cycle, taskKey);
    assertThat(open).as("open %s", taskKey).hasSize(1);
    return open.get(0);
  }

  /** Completes a task as a demo user of the given group, so the engine's and the server's checks of who may act apply. */
  public void completeAs(String userId, String groupId, Task task, Map<String, Object> variables) {
    identityService.setAuthentication(userId, List.of(groupId));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  public void executeJobs() {
    cascade.executeJobs();
  }

  /** The lead's product as the execute-task form sends it. */
  public static Map<String, Object> product(String number, String date) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PlanTaskProcess.Variables.PROGRESS, "Đã hoàn thành");
    variables.put(PlanTaskProcess.Variables.PRODUCT_NUMBER, number);
    variables.put(PlanTaskProcess.Variables.PRODUCT_DATE, date);
    variables.put(PlanTaskProcess.Variables.PRODUCT_SUMMARY, "Báo cáo kết quả thực hiện nhiệm vụ");
    return variables;
  }
}
