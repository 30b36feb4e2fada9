package vn.directivecascade.plantask;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.deadline.TaskCalendar;
import vn.directivecascade.deadline.TaskCycle;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.operations.EngineQueries;
import vn.directivecascade.operations.OneEngineCommand;
import vn.directivecascade.security.OrganizationAccess;

/**
 * A plan's tasks with the status of each cycle, for the board and other tools: the cycles opened so
 * far and the next one scheduled, each with its original deadline and the one in force.
 */
@Service
@Transactional(readOnly = true)
public class PlanTaskStatusService {

  private final PlanTaskRepository tasks;
  private final TaskProductRepository products;
  private final TaskContributionRepository contributions;
  private final DirectiveRepository directives;
  private final TaskCalendar calendar;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final OrganizationAccess access;
  private final OneEngineCommand oneCommand;

  PlanTaskStatusService(PlanTaskRepository tasks, TaskProductRepository products, TaskContributionRepository contributions,
      DirectiveRepository directives, TaskCalendar calendar, RuntimeService runtimeService, HistoryService historyService,
      OrganizationAccess access, OneEngineCommand oneCommand) {
    this.tasks = tasks;
    this.products = products;
    this.contributions = contributions;
    this.directives = directives;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.access = access;
    this.oneCommand = oneCommand;
  }

  public record Contribution(Agency agency, String submittedAt, boolean late) {
  }

  public record Product(String numberSymbol, LocalDate date, String summary, Long planId, String plan, String sentAt,
      String acceptedAt) {
  }

  /** {@code deadline} is the one in force; {@code originalDeadline} what on-time is measured against. */
  public record Cycle(String key, String label, TaskStatus status, LocalDate originalDeadline, LocalDate deadline,
      boolean extended, LocalDate contributionDue, List<Contribution> contributions, Product product, String processInstanceId) {
  }

  public record Task(long id, String number, String content, Agency lead, List<Agency> cooperators, ProductType productType,
      String product, String timeFrame, String note, List<Cycle> cycles) {
  }

  public record PlanTasks(long planId, String plan, Agency issuer, Map<TaskStatus, Long> summary, List<Task> tasks) {
  }

  /** A task whose accepted product is a given document: the document then stands in the task's plan's lineage. */
  public record ProductOf(long planId, String plan, String taskNumber, String cycle) {
  }

  /** The tasks (of plans the user may see) whose accepted product is the document {@code documentId}. */
  public List<ProductOf> productOf(long documentId) {
    return products.findByProductPlanId(documentId).stream()
        .filter(product -> access.maySee(product.getTask().getPlan().getIssuer().getCode()))
        .map(product -> {
          PlanTask task = product.getTask();
          Directive plan = task.getPlan();
          String cycle = task.timeFrame().cycle(product.getCycleKey(), plan.getIssueDate().getYear()).map(TaskCycle::label)
              .orElse(product.getCycleKey());
          return new ProductOf(plan.getId(), plan.getType().label() + " " + plan.getNumber(), task.getNumber(), cycle);
        }).toList();
  }

  public boolean hasTasks(long planId) {
    return tasks.existsByPlanId(planId);
  }

  /**
   * Empty for a document that does not exist or that the signed-in user may not see: the issuer's
   * members and approvers above it, and the members of every agency a task names.
   */
  public Optional<PlanTasks> tasksOf(long planId) {
    Optional<Directive> found = directives.findWithRecipientsById(planId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Directive plan = found.get();
    List<PlanTask> planTasks = tasks.findByPlanIdOrderByPosition(planId);
    boolean visible = access.maySee(plan.getIssuer().getCode()) || planTasks.stream()
        .flatMap(task -> Stream.concat(Stream.of(task.getLead()), task.getCooperators().stream()))
        .anyMatch(agency -> access.maySee(agency.getCode()));
    if (!visible) {
      return Optional.empty();
    }
    // Whoever may see the plan sees every task's progress, also in instances granted to other agencies.
    EngineState engine = oneCommand.runUnrestricted(() -> engineState(planId));
    Map<String, TaskProduct> accepted = products.findByTaskPlanId(planId).stream()
        .collect(Collectors.toMap(product -> product.getTask().getId() + "|" + product.getCycleKey(), product -> product));
    Map<String, List<TaskContribution>> contributed = contributions.findByTaskPlanId(planId).stream()
        .collect(Collectors.groupingBy(contribution -> contribution.getTask().getId() + "|" + contribution.getCycleKey()));
    List<Task> rows = new ArrayList<>();
    for (PlanTask task : planTasks) {
      List<Cycle> cycles = new ArrayList<>();
      for (String cycleKey : engine.cycleKeys(task.getId())) {
        task.timeFrame().cycle(cycleKey, plan.getIssueDate().getYear()).ifPresent(cycle -> cycles.add(
            cycle(task, cycle, engine, accepted.get(task.getId() + "|" + cycleKey),
                contributed.getOrDefault(task.getId() + "|" + cycleKey, List.of()))));
      }
      rows.add(new Task(task.getId(), task.getNumber(), task.getContent(), Agency.of(task.getLead()),
          task.getCooperators().stream().map(Agency::of).toList(), task.getProductType(), task.getProduct(),
          task.getTimeFrameText(), task.getNote(), cycles));
    }
    Map<TaskStatus, Long> summary = new EnumMap<>(TaskStatus.class);
    for (TaskStatus status : TaskStatus.values()) {
      summary.put(status, rows.stream().flatMap(row -> row.cycles().stream()).filter(cycle -> cycle.status() == status).count());
    }
    return Optional.of(new PlanTasks(planId, plan.getType().label() + " " + plan.getNumber(), Agency.of(plan.getIssuer()), summary, rows));
  }

  private Cycle cycle(PlanTask task, TaskCycle cycle, EngineState engine, TaskProduct product, List<TaskContribution> received) {
    String businessKey = new TaskCycleKey(task.getId(), cycle.key()).value();
    HistoricProcessInstance instance = engine.instances().get(businessKey);
    LocalDate original = cycle.deadline();
    LocalDate inForce = Optional.ofNullable(engine.deadlinesInForce().get(businessKey)).map(LocalDate::parse).orElse(original);
    TaskStatus status;
    if (product != null) {
      status = calendar.isInTime(original, product.getSentAt()) ? TaskStatus.COMPLETED_ON_TIME : TaskStatus.COMPLETED_LATE;
    } else if (instance == null) {
      status = TaskStatus.NOT_STARTED;
    } else if (calendar.isOverdue(inForce)) {
      status = TaskStatus.OVERDUE;
    } else {
      status = calendar.isDueSoon(inForce) ? TaskStatus.DUE_SOON : TaskStatus.IN_PROGRESS;
    }
    LocalDate contributionDue = calendar.contributionDue(original);
    ZoneId zone = calendar.zone();
    List<Contribution> contributionViews = received.stream().map(contribution -> new Contribution(Agency.of(contribution.getOrganization()),
        contribution.getSubmittedAt().atZone(zone).toOffsetDateTime().toString(),
        !calendar.isInTime(contributionDue, contribution.getSubmittedAt()))).toList();
    Product productView = product == null ? null : new Product(product.getNumberSymbol(), product.getProductDate(), product.getSummary(),
        product.getProductPlan() == null ? null : product.getProductPlan().getId(),
        product.getProductPlan() == null ? null : product.getProductPlan().getType().label() + " " + product.getProductPlan().getNumber(),
        product.getSentAt().atZone(zone).toOffsetDateTime().toString(), product.getAcceptedAt().atZone(zone).toOffsetDateTime().toString());
    return new Cycle(cycle.key(), cycle.label(), status, original, inForce, inForce.isAfter(original),
        task.getCooperators().isEmpty() ? null : contributionDue, contributionViews, productView, instance == null ? null : instance.getId());
  }

  /** The plan's task instances by business key, the deadlines in force of those running, the next cycle of each schedule. */
  private record EngineState(Map<String, HistoricProcessInstance> instances, Map<String, String> deadlinesInForce,
      Map<Long, String> nextCycles) {

    /** Cycles opened so far, in the order they opened, and the next one scheduled. */
    List<String> cycleKeys(long taskId) {
      List<String> keys = new ArrayList<>();
      String prefix = TaskCycleKey.cyclesPrefix(taskId);
      instances.keySet().stream().filter(key -> key.startsWith(prefix)).map(key -> TaskCycleKey.parse(key).cycleKey()).forEach(keys::add);
      String next = nextCycles.get(taskId);
      if (next != null && !keys.contains(next)) {
        keys.add(next);
      }
      return keys;
    }
  }

  private EngineState engineState(long planId) {
    Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
    EngineQueries.all(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PlanTaskProcess.KEY)
            .variableValueEquals(PlanTaskProcess.Variables.PLAN_ID, planId).orderByProcessInstanceStartTime().asc().orderByProcessInstanceId().asc())
        .forEach(instance -> instances.put(instance.getBusinessKey(), instance));
    Map<String, String> businessKeys = instances.values().stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
    Map<String, String> deadlines = new HashMap<>();
    List<String> running = instances.values().stream().filter(instance -> instance.getEndTime() == null).map(HistoricProcessInstance::getId).toList();
    if (!running.isEmpty()) {
      EngineQueries.all(runtimeService.createVariableInstanceQuery().processInstanceIdIn(running.toArray(String[]::new))
              .variableName(PlanTaskProcess.Variables.TASK_DEADLINE))
          .forEach(variable -> deadlines.put(businessKeys.get(variable.getProcessInstanceId()), (String) variable.getValue()));
    }
    Map<Long, String> nextCycles = new HashMap<>();
    List<String> schedules = EngineQueries.all(runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanTaskProcess.SCHEDULE_KEY)
        .variableValueEquals(PlanTaskProcess.Variables.PLAN_ID, planId)).stream().map(instance -> instance.getId()).toList();
    if (!schedules.isEmpty()) {
      Map<String, Long> taskOfSchedule = new HashMap<>();
      List<VariableInstance> variables = EngineQueries.all(runtimeService.createVariableInstanceQuery()
          .processInstanceIdIn(schedules.toArray(String[]::new))
          .variableNameIn(PlanTaskProcess.Variables.TASK_ID, PlanTaskProcess.Variables.NEXT_CYCLE_KEY));
      variables.stream().filter(v -> v.getName().equals(PlanTaskProcess.Variables.TASK_ID))
          .forEach(v -> taskOfSchedule.put(v.getProcessInstanceId(), (Long) v.getValue()));
      variables.stream().filter(v -> v.getName().equals(PlanTaskProcess.Variables.NEXT_CYCLE_KEY) && v.getValue() != null)
          .forEach(v -> nextCycles.put(taskOfSchedule.get(v.getProcessInstanceId()), (String) v.getValue()));
    }
    return new EngineState(instances, deadlines, nextCycles);
  }
}
