package vn.directivecascade.benchmark;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Elements;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Variables;

/**
 * A directive cascaded down the tree the way it happens: the organisations of a level draft and
 * approve their plans once the level above has issued, the engine's jobs start the level below.
 */
final class LevelByLevelCascade {

  /**
   * What a cascade process needs from the simulated users.
   *
   * @param processKey the process handling one organisation's plan
   * @param instancesOf a business-key LIKE pattern for the instances of the organisations a code pattern matches
   * @param draft the draft form's variables of an organisation, given the organisations below it
   * @param approval the approval form's variables
   */
  record Workload(String processKey, UnaryOperator<String> instancesOf,
      BiFunction<String, List<String>, Map<String, Object>> draft, Map<String, Object> approval) {
  }

  private final NationalShape shape;
  private final SimulatedUsers users;
  private final Workload workload;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final ManagementService managementService;

  LevelByLevelCascade(ProcessEngine engine, NationalShape shape, SimulatedUsers users, Workload workload) {
    this.shape = shape;
    this.users = users;
    this.workload = workload;
    this.taskService = engine.getTaskService();
    this.runtimeService = engine.getRuntimeService();
    this.historyService = engine.getHistoryService();
    this.managementService = engine.getManagementService();
  }

  /**
   * Drafts and approves every plan at {@code depth} until they are issued: the instances of the level
   * below all started (for the units, all finished) and no job left to run.
   */
  void issueLevel(int depth) throws InterruptedException {
    String level = workload.instancesOf().apply(NationalShape.codesAtDepth(depth));
    long started = System.nanoTime();
    while (true) {
      List<Task> drafts = openTasks(Elements.DRAFT_PLAN, level);
      users.complete(drafts, task -> {
        String orgCode = (String) runtimeService.getVariable(task.getProcessInstanceId(), Variables.ORG_CODE);
        return workload.draft().apply(orgCode, shape.childrenOf(orgCode));
      });
      List<Task> approvals = openTasks(Elements.APPROVE_PLAN, level);
      users.complete(approvals, task -> workload.approval());
      if (drafts.isEmpty() && approvals.isEmpty()) {
        if (issued(depth) && managementService.createJobQuery().executable().count() == 0) {
          return;
        }
        SimulatedUsers.waitForJobs(started, "issuing level " + depth + " of " + workload.processKey()); // jobs issue and start the level below
      }
    }
  }

  private List<Task> openTasks(String taskKey, String level) {
    return taskService.createTaskQuery().processDefinitionKey(workload.processKey()).taskDefinitionKey(taskKey)
        .processInstanceBusinessKeyLike(level).listPage(0, SimulatedUsers.PAGE);
  }

  private boolean issued(int depth) {
    if (depth == NationalShape.UNIT_DEPTH) {
      return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(workload.processKey())
          .processInstanceBusinessKeyLike(workload.instancesOf().apply(NationalShape.codesAtDepth(depth))).finished().count()
          == shape.organisationsAtDepth(depth);
    }
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(workload.processKey())
        .processInstanceBusinessKeyLike(workload.instancesOf().apply(NationalShape.codesAtDepth(depth + 1))).count()
        == shape.organisationsAtDepth(depth + 1);
  }
}
