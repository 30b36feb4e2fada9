package vn.directivecascade.board;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.deadline.DraftingCalendar;
import vn.directivecascade.deadline.ReportingCalendar;
import vn.directivecascade.operations.EngineQueries;

/**
 * "My work": the open tasks of the signed-in engine user (assigned to them, or offered to one of
 * their groups and not yet claimed), most urgent first. Everything comes from the engine's queries
 * made as that user, so Camunda's authorizations decide what is listed; the status is derived from
 * the task's due date and the engine clock, never stored.
 */
@Service
public class MyWorkService {

  /** At most this many tasks on the page; the rest are counted and reached through Tasklist. */
  static final int LIMIT = 200;

  /** Before any real due date: the query for tasks that have one (the engine has no "with due date"). */
  private static final Date BEFORE_ANY_DUE_DATE = Date.from(Instant.parse("1900-01-01T00:00:00Z"));

  /** Overdue first, then due soon, then the rest; NOT_STARTED and the done categories do not occur here. */
  private static final List<StatusCategory> URGENCY = List.of(StatusCategory.OVERDUE, StatusCategory.DUE_SOON,
      StatusCategory.IN_PROGRESS);

  /**
   * One open task. {@code processKey}/{@code processName} are empty for a task outside any process,
   * {@code orgCode}/{@code orgName} where the process has no such variables (or the user may not read them),
   * {@code due}/{@code followUp} where the task has none.
   */
  public record WorkItem(String taskId, String name, String taskKey, String processInstanceId, String processKey, String processName,
      String orgCode, String orgName, LocalDate due, LocalDate followUp, StatusCategory status, String tasklistUrl) {

    /** A plan being drafted, whose task table may be imported from a spreadsheet. */
    public boolean isDraftPlan() {
      return DirectiveCascadeProcess.Elements.DRAFT_PLAN.equals(taskKey);
    }
  }

  /** The listed tasks, in order, and how many the user has in all ({@code total} > listed when truncated). */
  public record MyWork(List<WorkItem> tasks, long total) {

    public boolean truncated() {
      return total > tasks.size();
    }
  }

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final ReportingCalendar reportingCalendar;
  private final ZoneId zone;

  MyWorkService(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
      IdentityService identityService, ReportingCalendar reportingCalendar, DraftingCalendar draftingCalendar) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.reportingCalendar = reportingCalendar;
    this.zone = draftingCalendar.zone();
  }

  /** The signed-in user's open tasks, at most {@link #LIMIT}. */
  public MyWork myWork() {
    return myWork(LIMIT);
  }

  /**
   * At most {@code limit} tasks. Ordering by due date ascending is the required order, because the
   * categories follow the due date: a passed deadline (overdue) is earlier than one within the
   * due-soon window, which is earlier than the rest. Tasks without a due date come last, asked for
   * separately as databases disagree on where NULL sorts.
   */
  MyWork myWork(int limit) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      throw new IllegalStateException("my work needs a signed-in engine user");
    }
    long total = mine(user).count();
    List<Task> tasks = new ArrayList<>(mine(user).dueAfter(BEFORE_ANY_DUE_DATE)
        .orderByDueDate().asc().orderByTaskId().asc().listPage(0, limit));
    if (tasks.size() < limit) {
      tasks.addAll(mine(user).withoutDueDate()
          .orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, limit - tasks.size()));
    }
    return new MyWork(items(tasks), total);
  }

  /** Assigned to the user, or offered to one of their groups and claimed by nobody yet. */
  private TaskQuery mine(Authentication user) {
    TaskQuery query = taskService.createTaskQuery();
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (groups.isEmpty()) {
      return query.taskAssignee(user.getUserId());
    }
    return query.or().taskAssignee(user.getUserId()).taskCandidateGroupIn(groups).endOr();
  }

  private List<WorkItem> items(List<Task> tasks) {
    Map<String, ProcessDefinition> definitions = definitions(tasks);
    Map<String, Map<String, Object>> organisations = organisations(tasks);
    Date now = ClockUtil.getCurrentTime();
    LocalDate today = reportingCalendar.today();
    List<WorkItem> items = new ArrayList<>();
    for (Task task : tasks) {
      ProcessDefinition definition = task.getProcessDefinitionId() == null ? null : definitions.get(task.getProcessDefinitionId());
      Map<String, Object> organisation = task.getProcessInstanceId() == null ? Map.of()
          : organisations.getOrDefault(task.getProcessInstanceId(), Map.of());
      items.add(new WorkItem(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
          definition == null ? "" : definition.getKey(),
          definition == null ? "" : Objects.requireNonNullElse(definition.getName(), definition.getKey()),
          text(organisation.get(DirectiveCascadeProcess.Variables.ORG_CODE)),
          text(organisation.get(DirectiveCascadeProcess.Variables.ORG_NAME)),
          day(task.getDueDate()), day(task.getFollowUpDate()), status(task.getDueDate(), now, today),
          EngineLinks.tasklistTask(task.getId())));
    }
    // Already in this order from the queries (see myWork); stated once more so that it stays so.
    items.sort(Comparator.comparing((WorkItem item) -> URGENCY.indexOf(item.status()))
        .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
    return items;
  }

  /**
   * OVERDUE once the due instant has passed on the engine clock; DUE_SOON within the configured
   * window before the due day (the reporting calendar's rule); otherwise, also without a due date,
   * IN_PROGRESS.
   */
  StatusCategory status(Date due, Date now, LocalDate today) {
    if (due == null) {
      return StatusCategory.IN_PROGRESS;
    }
    if (due.before(now)) {
      return StatusCategory.OVERDUE;
    }
    return reportingCalendar.isDueSoon(day(due), today) ? StatusCategory.DUE_SOON : StatusCategory.IN_PROGRESS;
  }

  /** The process definitions of the tasks, in one query. */
  private Map<String, ProcessDefinition> definitions(List<Task> tasks) {
    String[] ids = tasks.stream().map(Task::getProcessDefinitionId).filter(Objects::nonNull).distinct().toArray(String[]::new);
    if (ids.length == 0) {
      return Map.of();
    }
    return repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(ids).listPage(0, ids.length).stream()
        .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
  }

  /**
   * The {@code orgCode} and {@code orgName} of each task's process instance (both processes carry
   * them at instance scope), in one query for all instances.
   */
  private Map<String, Map<String, Object>> organisations(List<Task> tasks) {
    Set<String> instances = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    if (instances.isEmpty()) {
      return byInstance;
    }
    List<VariableInstance> variables = EngineQueries.all(runtimeService.createVariableInstanceQuery()
        .processInstanceIdIn(instances.toArray(String[]::new))
        .variableNameIn(DirectiveCascadeProcess.Variables.ORG_CODE, DirectiveCascadeProcess.Variables.ORG_NAME)
        .orderByVariableName().asc().orderByActivityInstanceId().asc());
    for (VariableInstance variable : variables) {
      if (variable.getProcessInstanceId().equals(variable.getExecutionId())) { // instance scope, not a local one
        byInstance.computeIfAbsent(variable.getProcessInstanceId(), instance -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    return byInstance;
  }

  private LocalDate day(Date date) {
    return date == null ? null : date.toInstant().atZone(zone).toLocalDate();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
