package vn.directivecascade.audit;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.deadline.DeadlineProperties;
import vn.directivecascade.operations.EngineQueries;
import vn.directivecascade.reporting.PeriodicReportProcess;
import vn.directivecascade.security.OrganizationAccess;
import vn.directivecascade.validation.Decision;

/**
 * Who did what to a process instance, and when, straight from the engine's history, for users
 * whose authorizations let them read that instance's history: the user operation log (who started it, claimed, completed a task) joined with the task each entry was
 * about and the decision or new deadline submitted with it.
 */
@Service
public class AuditService {

  static final DateTimeFormatter VIETNAMESE_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  static final Map<String, String> COMPLETED_TASK_ACTIONS = Map.of(
      DirectiveCascadeProcess.Elements.DRAFT_PLAN, "Soạn xong, trình duyệt kế hoạch",
      DirectiveCascadeProcess.Elements.FOLLOW_UP_OVERDUE_PLAN, "Xử lý kế hoạch quá hạn",
      PeriodicReportProcess.Elements.PREPARE_REPORT, "Lập xong, trình duyệt báo cáo");
  static final String APPROVED = "Duyệt";
  static final String RETURNED = "Trả lại";
  static final String EXTENDED = "Gia hạn đến";

  /** One line of the trail; {@code detail} e.g. the approver's comment or the new deadline. */
  public record Entry(String when, String user, String action, String task, String detail) {
  }

  public record Trail(String processInstanceId, String businessKey, String process, List<Entry> entries) {
  }

  private final HistoryService historyService;
  private final OrganizationAccess access;
  private final ZoneId zone;

  AuditService(HistoryService historyService, OrganizationAccess access, DeadlineProperties deadlines) {
    this.historyService = historyService;
    this.access = access;
    this.zone = deadlines.zone();
  }

  /** Empty when there is no such instance or the signed-in user may not read its history. */
  public Optional<Trail> trail(String processInstanceId) {
    if (!access.mayReadHistoryOf(processInstanceId)) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    return Optional.ofNullable(instance).map(found -> new Trail(processInstanceId, found.getBusinessKey(),
        found.getProcessDefinitionName(), entries(processInstanceId)));
  }

  private List<Entry> entries(String processInstanceId) {
    Map<String, HistoricTaskInstance> tasks = new HashMap<>();
    EngineQueries.all(historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .orderByTaskId().asc()).forEach(task -> tasks.put(task.getId(), task));
    // The values a user operation submitted (e.g. the decision of a completion), by that operation's id.
    Map<String, Map<String, Object>> submittedBy = new HashMap<>();
    for (HistoricDetail detail : EngineQueries.all(historyService.createHistoricDetailQuery().processInstanceId(processInstanceId)
        .variableUpdates().orderByTime().asc().orderByVariableName().asc())) {
      if (detail.getUserOperationId() != null) {
        HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
        submittedBy.computeIfAbsent(update.getUserOperationId(), operation -> new HashMap<>())
            .put(update.getVariableName(), update.getValue());
      }
    }
    // One operation (e.g. a completion) writes several log rows, one per changed property: keep one per operation.
    Map<String, UserOperationLogEntry> operations = new LinkedHashMap<>();
    EngineQueries.all(historyService.createUserOperationLogQuery().processInstanceId(processInstanceId)
        .orderByTimestamp().asc()).forEach(entry -> operations.putIfAbsent(entry.getOperationId(), entry));
    List<Entry> entries = new ArrayList<>();
    for (UserOperationLogEntry operation : operations.values()) {
      HistoricTaskInstance task = operation.getTaskId() == null ? null : tasks.get(operation.getTaskId());
      Map<String, Object> submitted = submittedBy.getOrDefault(operation.getOperationId(), Map.of());
      String action = action(operation, task, submitted);
      if (action != null) {
        entries.add(new Entry(format(operation.getTimestamp()), operation.getUserId(), action,
            task == null ? "" : task.getName(), detail(task, submitted)));
      }
    }
    return entries;
  }

  /** What the user did, in words; null for operations that are not part of the trail. */
  private static String action(UserOperationLogEntry operation, HistoricTaskInstance task, Map<String, Object> submitted) {
    return switch (operation.getOperationType()) {
      case UserOperationLogEntry.OPERATION_TYPE_CREATE ->
          EntityTypes.PROCESS_INSTANCE.equals(operation.getEntityType()) ? "Bắt đầu (vào sổ văn bản)" : null;
      case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> "Nhận xử lý";
      case UserOperationLogEntry.OPERATION_TYPE_COMPLETE -> task == null ? "Hoàn thành" : completed(task, submitted);
      default -> null;
    };
  }

  private static String completed(HistoricTaskInstance task, Map<String, Object> submitted) {
    Object decision = submitted.get(Decision.KEY);
    if (Decision.APPROVE.equals(decision)) {
      return APPROVED;
    }
    if (Decision.RETURN.equals(decision)) {
      return RETURNED;
    }
    if (submitted.get(DirectiveCascadeProcess.Variables.NEW_DRAFT_DEADLINE) != null) {
      return EXTENDED;
    }
    return COMPLETED_TASK_ACTIONS.getOrDefault(task.getTaskDefinitionKey(), "Hoàn thành");
  }

  private static String detail(HistoricTaskInstance task, Map<String, Object> submitted) {
    Object deadline = submitted.get(DirectiveCascadeProcess.Variables.NEW_DRAFT_DEADLINE);
    if (deadline != null) {
      return String.valueOf(deadline);
    }
    Object comment = submitted.get(Decision.COMMENT);
    return task != null && comment != null ? String.valueOf(comment) : "";
  }

  private String format(Date time) {
    return VIETNAMESE_DATE_TIME.format(ZonedDateTime.ofInstant(time.toInstant(), zone));
  }
}
