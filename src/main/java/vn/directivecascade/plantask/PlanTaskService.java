package vn.directivecascade.plantask;

import static vn.directivecascade.plantask.PlanTaskProcess.Variables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.deadline.TaskCalendar;
import vn.directivecascade.deadline.TaskCycle;
import vn.directivecascade.deadline.TimeFrame;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.notification.NotificationEvent;
import vn.directivecascade.notification.NotificationKind;
import vn.directivecascade.notification.NotificationService;
import vn.directivecascade.organization.Organization;
import vn.directivecascade.security.OrganizationAccess;
import vn.directivecascade.validation.Decision;
import vn.directivecascade.validation.SubmittedValues;
import vn.directivecascade.validation.VietnameseDate;

/**
 * What happens at each step of a plan task: its cycles open on the calendar, cooperating agencies
 * contribute, the lead executes and its approvers confirm, the issuer accepts the product (or grants
 * more time). Every submission is checked here, whatever the form checked; contributions and
 * accepted products are kept in our own tables, everything else follows from the engine.
 */
@Service
@Transactional
public class PlanTaskService {

  private static final int TITLE_CONTENT_LENGTH = 80;

  private final PlanTaskRepository tasks;
  private final TaskContributionRepository contributions;
  private final TaskProductRepository products;
  private final DirectiveRepository directives;
  private final TaskCalendar calendar;
  private final NotificationService notifications;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final OrganizationAccess access;

  PlanTaskService(PlanTaskRepository tasks, TaskContributionRepository contributions, TaskProductRepository products,
      DirectiveRepository directives, TaskCalendar calendar, NotificationService notifications,
      RuntimeService runtimeService, HistoryService historyService, OrganizationAccess access) {
    this.tasks = tasks;
    this.contributions = contributions;
    this.products = products;
    this.directives = directives;
    this.calendar = calendar;
    this.notifications = notifications;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.access = access;
  }

  /** Starts the schedule of every task of an issued plan, once. */
  public void startSchedules(long planId) {
    for (PlanTask task : tasks.findByPlanIdOrderByPosition(planId)) {
      String key = TaskCycleKey.scheduleKey(task.getId());
      if (!exists(PlanTaskProcess.SCHEDULE_KEY, key)) {
        ProcessInstance schedule = runtimeService.createProcessInstanceByKey(PlanTaskProcess.SCHEDULE_KEY).businessKey(key)
            .setVariable(TASK_ID, task.getId()).setVariable(PLAN_ID, planId).execute();
        access.grantInstance(schedule.getId(), task.getLead().getCode());
      }
    }
  }

  /** The cycle a schedule waits for next: the first not yet due, then each after the last opened. */
  @Transactional(readOnly = true)
  public Optional<TaskCycle> scheduleNext(long taskId, String lastCycleKey) {
    PlanTask task = task(taskId);
    int planYear = task.getPlan().getIssueDate().getYear();
    return lastCycleKey == null ? task.timeFrame().firstOpenOn(calendar.today(), planYear)
        : task.timeFrame().after(lastCycleKey, planYear);
  }

  /** The day the schedule's timer opens a cycle: its first day, or today when that has passed. */
  public String openingDay(TaskCycle cycle) {
    return calendar.openingDay(cycle.opensOn()).toString();
  }

  /**
   * Opens one cycle of a task: a plan-task instance for the lead, with its cooperating agencies'
   * contributions due a few working days before the lead's deadline. Opening twice starts nothing twice.
   */
  public void openCycle(long taskId, String cycleKey) {
    PlanTask task = task(taskId);
    Directive plan = task.getPlan();
    TaskCycle cycle = task.timeFrame().cycle(cycleKey, plan.getIssueDate().getYear())
        .orElseThrow(() -> new IllegalStateException("task " + taskId + " has no cycle " + cycleKey));
    String businessKey = new TaskCycleKey(taskId, cycleKey).value();
    if (exists(PlanTaskProcess.KEY, businessKey)) {
      return;
    }
    List<String> cooperatorCodes = task.getCooperators().stream().map(Organization::getCode).toList();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(TASK_ID, taskId);
    variables.put(PLAN_ID, plan.getId());
    variables.put(CYCLE_KEY, cycleKey);
    variables.put(TASK_TITLE, title(task, cycle));
    variables.put(TASK_CONTENT, task.getContent());
    variables.put(PRODUCT, task.getProduct());
    variables.put(LEAD_CODE, task.getLead().getCode());
    variables.put(LEAD_NAME, task.getLead().getName());
    variables.put(ISSUER_CODE, plan.getIssuer().getCode());
    variables.put(COOPERATOR_CODES, new ArrayList<>(cooperatorCodes));
    variables.put(ORIGINAL_DEADLINE, cycle.deadline().toString());
    variables.put(TASK_DEADLINE, cycle.deadline().toString());
    variables.put(CONTRIBUTION_DUE, calendar.contributionDue(cycle.deadline()).toString());
    variables.put(TASK_EXECUTOR, null); // nobody yet: the lead's drafters claim the first round
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(PlanTaskProcess.KEY).businessKey(businessKey)
        .setVariables(variables).execute();
    List<String> agencies = new ArrayList<>(cooperatorCodes);
    agencies.add(0, task.getLead().getCode());
    access.grantInstance(instance.getId(), agencies);
  }

  /** A cooperating agency's contribution: text required, from that agency's drafters, once per cycle. */
  public void contribute(String businessKey, String cooperatorCode, Map<String, Object> variables) {
    TaskCycleKey key = TaskCycleKey.parse(businessKey);
    PlanTask task = task(key.taskId());
    SubmittedValues values = submittedFor(key, variables);
    String content = values.requiredText(CONTRIBUTION, 20_000);
    Organization cooperator = task.getCooperators().stream().filter(o -> o.getCode().equals(cooperatorCode)).findFirst().orElse(null);
    if (cooperator == null) {
      values.reject(COOPERATOR_CODE, "'" + cooperatorCode + "' không phải cơ quan phối hợp của nhiệm vụ này");
    } else if (contributions.existsByTaskIdAndCycleKeyAndOrganizationCode(key.taskId(), key.cycleKey(), cooperatorCode)) {
      values.reject(CONTRIBUTION, cooperator.getName() + " đã gửi ý kiến phối hợp cho kỳ này");
    }
    values.throwIfInvalid();
    access.requireDrafterOf(cooperatorCode);
    contributions.save(new TaskContribution(task, key.cycleKey(), cooperator, content, ClockUtil.getCurrentTime().toInstant()));
  }

  /**
   * The contributions received so far, one line per cooperating agency (late ones marked), and those
   * still awaited with their deadline: what the lead's form shows.
   */
  @Transactional(readOnly = true)
  public String contributionsText(String businessKey) {
    TaskCycleKey key = TaskCycleKey.parse(businessKey);
    PlanTask task = task(key.taskId());
    if (task.getCooperators().isEmpty()) {
      return "Nhiệm vụ không có cơ quan phối hợp";
    }
    Map<String, TaskContribution> received = contributions.findByTaskIdAndCycleKeyOrderBySubmittedAt(key.taskId(), key.cycleKey())
        .stream().collect(Collectors.toMap(c -> c.getOrganization().getCode(), c -> c));
    LocalDate due = calendar.contributionDue(LocalDate.parse(originalDeadline(task, key.cycleKey())));
    List<String> lines = new ArrayList<>();
    for (Organization cooperator : task.getCooperators()) {
      TaskContribution contribution = received.get(cooperator.getCode());
      lines.add(contribution == null ? cooperator.getName() + ": chưa gửi (hạn " + due.format(TimeFrame.DAY) + ")"
          : cooperator.getName() + (calendar.isInTime(due, contribution.getSubmittedAt()) ? "" : " (gửi muộn)") + ": " + contribution.getContent());
    }
    return String.join("\n", lines);
  }

  /**
   * Checks the lead's submission: either a request for more time (a later deadline, not past, with a
   * reason) or the progress and the product: a plan the lead issued, or a document's number/symbol,
   * date and summary.
   */
  @Transactional(readOnly = true)
  public void validateExecution(String businessKey, Map<String, Object> variables) {
    TaskCycleKey key = TaskCycleKey.parse(businessKey);
    PlanTask task = task(key.taskId());
    SubmittedValues values = submittedFor(key, variables);
    if (Boolean.TRUE.equals(variables.get(EXTENSION_REQUESTED))) {
      requestedDeadline(values, (String) variables.get(TASK_DEADLINE));
      values.requiredText(EXTENSION_REASON, 4000);
    } else {
      values.requiredText(PROGRESS, 20_000);
      String planNumber = values.optionalText(PRODUCT_PLAN_NUMBER, 100);
      if (planNumber != null) {
        if (leadPlan(task, planNumber).isEmpty()) {
          values.reject(PRODUCT_PLAN_NUMBER, "không có kế hoạch số " + planNumber + " do " + task.getLead().getName() + " ban hành");
        }
      } else {
        values.requiredText(PRODUCT_NUMBER, 100);
        LocalDate date = values.requiredDate(PRODUCT_DATE);
        values.requiredText(PRODUCT_SUMMARY, 4000);
        if (date != null && date.isAfter(calendar.today())) {
          values.reject(PRODUCT_DATE, "ngày " + VietnameseDate.of(date) + " chưa tới");
        }
      }
    }
    values.throwIfInvalid();
  }

  /** The lead's approvers confirm the product before it goes to the issuer, or return it. */
  public void confirm(String businessKey, String processInstanceId, String decisionTaskId, Map<String, Object> variables) {
    decision(businessKey, variables);
    access.requireApproverOf(task(TaskCycleKey.parse(businessKey).taskId()).getLead().getCode(), "xác nhận sản phẩm của đơn vị");
    tellLeadIfReturned(businessKey, processInstanceId, decisionTaskId, variables, "lãnh đạo đơn vị trả lại sản phẩm");
  }

  /** The issuer's approvers grant or refuse more time; refusing needs a reason. */
  public void decideExtension(String businessKey, String processInstanceId, String decisionTaskId, Map<String, Object> variables) {
    decision(businessKey, variables);
    access.requireApproverOf(issuerCode(businessKey), "quyết định lùi hạn nhiệm vụ");
    tellLeadIfReturned(businessKey, processInstanceId, decisionTaskId, variables, "không đồng ý lùi hạn");
  }

  /** Only an approver of the organisation that issued the plan accepts a product. */
  public void accept(String businessKey, String processInstanceId, String decisionTaskId, Map<String, Object> variables) {
    decision(businessKey, variables);
    access.requireApproverOf(issuerCode(businessKey), "nghiệm thu sản phẩm của nhiệm vụ");
    tellLeadIfReturned(businessKey, processInstanceId, decisionTaskId, variables, "cơ quan ban hành trả lại sản phẩm");
  }

  /**
   * The approved extension: the deadline in force moves, checked again; the original deadline stays.
   *
   * @return the new deadline
   */
  public String extend(String businessKey, Map<String, Object> variables) {
    SubmittedValues values = submittedFor(TaskCycleKey.parse(businessKey), variables);
    LocalDate extended = requestedDeadline(values, (String) variables.get(TASK_DEADLINE));
    values.throwIfInvalid();
    return extended.toString();
  }

  public void remindLead(String businessKey, String processInstanceId, String deadline) {
    PlanTask task = task(TaskCycleKey.parse(businessKey).taskId());
    notifications.notifyOnce(NotificationKind.TASK_REMINDER, businessKey + "@" + deadline, task.getLead().draftersGroup(),
        task.getLead().getCode(), task.getPlan().getId(), processInstanceId,
        "Sắp đến hạn " + deadline + ": nhiệm vụ " + task.getNumber() + " của " + planName(task.getPlan()) + " chưa hoàn thành");
  }

  /** Raises an overdue task to the approvers of the organisation that issued the plan. */
  public void escalateOverdue(String businessKey, String processInstanceId, String deadline) {
    PlanTask task = task(TaskCycleKey.parse(businessKey).taskId());
    notifications.notifyOnce(NotificationKind.TASK_OVERDUE, businessKey + "@" + deadline, task.getPlan().getIssuer().approversGroup(),
        task.getLead().getCode(), task.getPlan().getId(), processInstanceId,
        task.getLead().getName() + " quá hạn " + deadline + " nhiệm vụ " + task.getNumber() + " của " + planName(task.getPlan()));
  }

  /**
   * Keeps the accepted product, with when the lead's approvers last sent it (what on-time is measured
   * by) and when it was accepted.
   */
  public void recordAcceptance(String businessKey, String processInstanceId, Map<String, Object> variables) {
    TaskCycleKey key = TaskCycleKey.parse(businessKey);
    if (products.existsByTaskIdAndCycleKey(key.taskId(), key.cycleKey())) {
      return;
    }
    HistoricTaskInstance sent = historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(PlanTaskProcess.Elements.CONFIRM_TASK).finished().orderByHistoricTaskInstanceEndTime().desc()
        .listPage(0, 1).get(0);
    HistoricTaskInstance accepted = historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(PlanTaskProcess.Elements.ACCEPT_TASK).finished().orderByHistoricTaskInstanceEndTime().desc()
        .listPage(0, 1).get(0);
    PlanTask task = task(key.taskId());
    SubmittedValues values = submittedFor(key, variables);
    String planNumber = values.optionalText(PRODUCT_PLAN_NUMBER, 100);
    Directive productPlan = planNumber == null ? null : leadPlan(task, planNumber).orElseThrow();
    ProductDocument document = productPlan != null ? new ProductDocument(null, null, null)
        : new ProductDocument(values.optionalText(PRODUCT_NUMBER, 100), values.optionalDate(PRODUCT_DATE),
            values.optionalText(PRODUCT_SUMMARY, 4000));
    products.save(new TaskProduct(task, key.cycleKey(), document, productPlan,
        sent.getEndTime().toInstant(), accepted.getEndTime().toInstant()));
    notifications.notify(NotificationKind.PRODUCT_ACCEPTED, businessKey, task.getLead().draftersGroup(), task.getLead().getCode(),
        task.getPlan().getId(), processInstanceId, "Nhiệm vụ " + task.getNumber() + " (" + key.cycleKey() + ") của "
            + planName(task.getPlan()) + ": sản phẩm đã được " + task.getPlan().getIssuer().getName() + " nghiệm thu");
  }

  /** The plan's issuer as stored, never as a submission's variables say. */
  private String issuerCode(String businessKey) {
    return task(TaskCycleKey.parse(businessKey).taskId()).getPlan().getIssuer().getCode();
  }

  /** Work sent back to the lead agency: its drafters are told why. */
  private void tellLeadIfReturned(String businessKey, String processInstanceId, String decisionTaskId, Map<String, Object> variables,
      String what) {
    if (Decision.isReturn(variables)) {
      TaskCycleKey key = TaskCycleKey.parse(businessKey);
      PlanTask task = task(key.taskId());
      notifications.notify(NotificationEvent.of(NotificationKind.TASK_RETURNED, decisionTaskId, task.getLead().getCode(),
          task.getPlan().getId(), processInstanceId, "Nhiệm vụ " + task.getNumber() + " (" + key.cycleKey() + ") của "
              + planName(task.getPlan()) + ": " + what).withComment(Decision.comment(variables)), task.getLead().draftersGroup());
    }
  }

  private void decision(String businessKey, Map<String, Object> variables) {
    SubmittedValues values = submittedFor(TaskCycleKey.parse(businessKey), variables);
    Decision.check(values);
    values.throwIfInvalid();
  }

  private LocalDate requestedDeadline(SubmittedValues values, String currentDeadline) {
    LocalDate requested = values.requiredDate(REQUESTED_DEADLINE);
    if (requested != null && !requested.isAfter(LocalDate.parse(currentDeadline))) {
      values.reject(REQUESTED_DEADLINE, "hạn đề nghị " + VietnameseDate.of(requested) + " phải sau hạn hiện tại "
          + VietnameseDate.of(LocalDate.parse(currentDeadline)));
    } else if (requested != null && requested.isBefore(calendar.today())) {
      values.reject(REQUESTED_DEADLINE, "hạn đề nghị " + VietnameseDate.of(requested) + " đã qua");
    }
    return requested;
  }

  /** The lead's plan of that number/symbol (numbers restart each year: the latest). */
  private Optional<Directive> leadPlan(PlanTask task, String number) {
    return directives.findFirstByIssuerCodeAndNumberOrderByIssueDateDesc(task.getLead().getCode(), number);
  }

  /** "II.3 (năm 2026) – Kế hoạch 916/KH-UBND: Tổ chức tuyên truyền …" */
  private static String title(PlanTask task, TaskCycle cycle) {
    String content = task.getContent().length() <= TITLE_CONTENT_LENGTH ? task.getContent()
        : task.getContent().substring(0, TITLE_CONTENT_LENGTH - 1) + "…";
    return task.getNumber() + " (" + cycle.label() + ") – " + planName(task.getPlan()) + ": " + content;
  }

  private static String planName(Directive plan) {
    return plan.getType().label() + " " + plan.getNumber();
  }

  private String originalDeadline(PlanTask task, String cycleKey) {
    return task.timeFrame().cycle(cycleKey, task.getPlan().getIssueDate().getYear()).orElseThrow().deadline().toString();
  }

  /** A submission that tries to move the instance to another task or cycle is refused. */
  private SubmittedValues submittedFor(TaskCycleKey key, Map<String, Object> variables) {
    SubmittedValues values = new SubmittedValues(variables, calendar.zone());
    if (!Long.valueOf(key.taskId()).equals(variables.get(TASK_ID)) || !key.cycleKey().equals(variables.get(CYCLE_KEY))) {
      values.reject(TASK_ID, "không được đổi nhiệm vụ hoặc kỳ mà quy trình này xử lý");
    }
    return values;
  }

  private PlanTask task(long id) {
    return tasks.findWithOrganizationsById(id).orElseThrow(() -> new IllegalStateException("Không có nhiệm vụ " + id));
  }

  private boolean exists(String processKey, String businessKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).count() > 0;
  }
}
