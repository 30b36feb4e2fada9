package vn.directivecascade.cascade;

import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.deadline.DraftingCalendar;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.directive.DirectiveService;
import vn.directivecascade.directive.DocumentType;
import vn.directivecascade.directive.PlanDraft;
import vn.directivecascade.directive.ReceivedDocument;
import vn.directivecascade.directive.SigningCapacity;
import vn.directivecascade.notification.NotificationEvent;
import vn.directivecascade.notification.NotificationKind;
import vn.directivecascade.notification.NotificationService;
import vn.directivecascade.operations.DirectiveCascadeMetrics;
import vn.directivecascade.security.OrganizationAccess;
import vn.directivecascade.organization.Organization;
import vn.directivecascade.organization.OrganizationService;
import vn.directivecascade.plantask.TaskTableService;
import vn.directivecascade.reporting.ObligationDraft;
import vn.directivecascade.reporting.ReportingRegimeService;
import vn.directivecascade.reporting.TargetDraft;
import vn.directivecascade.validation.Decision;
import vn.directivecascade.validation.InvalidSubmissionException;
import vn.directivecascade.validation.SubmittedValues;
import vn.directivecascade.validation.VietnameseDate;

/**
 * What happens at each step of one organisation's handling of a directive. Every method validates
 * what it is given on the server, whatever the form checked, and throws
 * {@link InvalidSubmissionException} before anything is written.
 */
@Service
@Transactional
public class CascadeService {

  private final OrganizationService organizations;
  private final DirectiveService directives;
  private final NotificationService notifications;
  private final DraftingCalendar calendar;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final ReportingRegimeService regimes;
  private final DirectiveCascadeMetrics metrics;
  private final OrganizationAccess access;
  private final TaskTableService taskTables;

  CascadeService(OrganizationService organizations, DirectiveService directives, NotificationService notifications,
      DraftingCalendar calendar, HistoryService historyService, TaskService taskService, ReportingRegimeService regimes,
      DirectiveCascadeMetrics metrics, OrganizationAccess access, TaskTableService taskTables) {
    this.organizations = organizations;
    this.directives = directives;
    this.notifications = notifications;
    this.calendar = calendar;
    this.historyService = historyService;
    this.taskService = taskService;
    this.regimes = regimes;
    this.metrics = metrics;
    this.access = access;
    this.taskTables = taskTables;
  }

  /**
   * An organisation receives a document in process instance {@code processInstanceId}: register it,
   * fix the drafting deadline, offer the organisations below, open the instance to the organisation
   * and the approvers above it.
   */
  public Reception receive(String processInstanceId, Map<String, Object> variables) {
    SubmittedValues values = submitted(variables);
    String orgCode = values.requiredText(ORG_CODE, 100);
    DocumentType type = values.requiredEnum(DIRECTIVE_TYPE, DocumentType.class);
    String number = values.requiredText(DIRECTIVE_NUMBER, 100);
    String title = values.requiredText(DIRECTIVE_TITLE, 1000);
    String issuerCode = values.requiredText(ISSUER_CODE, 100);
    LocalDate issueDate = values.requiredDate(ISSUE_DATE);
    LocalDate givenDeadline = values.optionalDate(DRAFT_DEADLINE);

    Organization organization = existing(values, ORG_CODE, orgCode);
    Organization issuer = existing(values, ISSUER_CODE, issuerCode);
    if (organization != null && issuer != null && !orgCode.equals(issuerCode)
        && !organizations.isBelow(orgCode, issuerCode)) {
      values.reject(ORG_CODE, "đơn vị '" + orgCode + "' không trực thuộc cơ quan ban hành '" + issuerCode + "'");
    }
    if (issueDate != null && issueDate.isAfter(calendar.today())) {
      values.reject(ISSUE_DATE, "ngày " + VietnameseDate.of(issueDate) + " chưa tới");
    }
    values.throwIfInvalid();
    access.requireDrafterOf(orgCode);

    Directive document = directives.receive(new ReceivedDocument(type, number, title, issuerCode, issueDate), orgCode);
    String businessKey = new CascadeKey(document.getId(), orgCode).value();
    long alreadyReceived = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DirectiveCascadeProcess.KEY).processInstanceBusinessKey(businessKey).count();
    if (alreadyReceived > 0) {
      throw InvalidSubmissionException.of(ORG_CODE, organization.getName() + " đã nhận văn bản " + number + " rồi");
    }
    LocalDate deadline = givenDeadline != null ? givenDeadline : calendar.defaultDeadline(calendar.today());
    List<Organization> below = organizations.children(orgCode);
    access.grantInstance(processInstanceId, orgCode);
    metrics.cascadeStarted();
    return new Reception(document.getId(), businessKey, organization.getName(), deadline, below);
  }

  /** Checks a drafted plan when the drafter submits it. */
  @Transactional(readOnly = true)
  public void validateDraft(String businessKey, Map<String, Object> variables) {
    CascadeKey key = CascadeKey.parse(businessKey);
    SubmittedValues values = submittedFor(key, variables);
    String orgCode = key.orgCode();
    PlanDraft draft = readDraft(values, orgCode, key.documentId()).plan();
    if (draft.implementingDeadline() != null && draft.implementingDeadline().isBefore(calendar.today())) {
      values.reject(CHILD_DRAFT_DEADLINE, "hạn " + VietnameseDate.of(draft.implementingDeadline()) + " đã qua");
    }
    if (draft.issueDate() != null && draft.issueDate().isAfter(calendar.today())) {
      values.reject(PLAN_ISSUE_DATE, "ngày " + VietnameseDate.of(draft.issueDate()) + " chưa tới");
    }
    if (draft.number() != null && draft.issueDate() != null
        && directives.isNumberTaken(orgCode, draft.number(), draft.issueDate().getYear())) {
      values.reject(PLAN_NUMBER, DirectiveService.numberTakenMessage(draft.number(), draft.issueDate().getYear()));
    }
    values.throwIfInvalid();
  }

  /**
   * Takes the approver's decision: approve, or return with a comment saying what to fix, which the
   * drafters are told.
   */
  public void decide(String businessKey, String processInstanceId, String approvalTaskId, Map<String, Object> variables) {
    CascadeKey key = CascadeKey.parse(businessKey);
    SubmittedValues values = submittedFor(key, variables);
    Decision.check(values);
    values.throwIfInvalid();
    if (Decision.isReturn(variables)) {
      Directive received = directives.find(key.documentId());
      notifications.notify(NotificationEvent.of(NotificationKind.PLAN_RETURNED, approvalTaskId, key.orgCode(), key.documentId(),
          processInstanceId, "Kế hoạch thực hiện " + received.getType().label() + " " + received.getNumber() + " của "
              + organizations.find(key.orgCode()).map(Organization::getName).orElse(key.orgCode()))
          .withComment(Decision.comment(variables)), Organization.draftersGroup(key.orgCode()));
    }
  }

  /**
   * Checks the follow-up of an overdue plan: an extension must be later than the current deadline
   * and not in the past.
   *
   * @return the new deadline, or null when the deadline is not extended
   */
  @Transactional(readOnly = true)
  public LocalDate validateFollowUp(String businessKey, String currentDeadline, Map<String, Object> variables) {
    SubmittedValues values = submittedFor(CascadeKey.parse(businessKey), variables);
    values.optionalText(FOLLOW_UP_NOTE, 4000);
    LocalDate extension = values.optionalDate(NEW_DRAFT_DEADLINE);
    if (extension != null && !extension.isAfter(LocalDate.parse(currentDeadline))) {
      values.reject(NEW_DRAFT_DEADLINE, "hạn mới " + VietnameseDate.of(extension) + " phải sau hạn hiện tại "
          + VietnameseDate.of(LocalDate.parse(currentDeadline)));
    } else if (extension != null && extension.isBefore(calendar.today())) {
      values.reject(NEW_DRAFT_DEADLINE, "hạn mới " + VietnameseDate.of(extension) + " đã qua");
    }
    values.throwIfInvalid();
    return extension;
  }

  /** Moves the due and follow-up dates of the plan's open tasks to the extended deadline. */
  public void extendDraftDeadline(String processInstanceId, String extendedDeadline) {
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKeyIn(DirectiveCascadeProcess.Elements.DRAFT_PLAN, DirectiveCascadeProcess.Elements.APPROVE_PLAN)
        .orderByTaskId().asc().listPage(0, 10)) { // at most one of each is open
      task.setDueDate(calendar.dueAt(extendedDeadline));
      task.setFollowUpDate(calendar.reminderAt(extendedDeadline));
      taskService.saveTask(task);
    }
  }

  /** Issues the approved plan; the organisations below it are those that must implement it. */
  public IssuedPlan issuePlan(String orgCode, long receivedDocumentId, Map<String, Object> variables) {
    SubmittedValues values = submitted(variables);
    DraftedPlan drafted = readDraft(values, orgCode, receivedDocumentId);
    values.throwIfInvalid();
    Directive plan = directives.issuePlan(receivedDocumentId, orgCode, drafted.plan());
    regimes.attach(plan, drafted.obligations(), drafted.targets());
    taskTables.attach(plan, drafted.tasks());
    metrics.planIssued();
    return new IssuedPlan(plan.getId(), drafted.plan().implementingOrganizations());
  }

  /** Reminds the drafters that their deadline is near. */
  public void remindDrafters(String orgCode, long receivedDocumentId, String deadline, String processInstanceId) {
    Directive received = directives.find(receivedDocumentId);
    notifications.notify(NotificationKind.DRAFT_REMINDER, processInstanceId + "@" + deadline, Organization.draftersGroup(orgCode), orgCode,
        receivedDocumentId, processInstanceId, "Sắp đến hạn " + deadline + ": kế hoạch thực hiện "
            + received.getType().label() + " " + received.getNumber() + " chưa được ban hành");
  }

  /**
   * Raises an overdue plan to the approvers of the organisation that issued the received document
   * (an organisation handling its own directive raises it to its own approvers).
   *
   * @return the group the overdue plan was raised to
   */
  public String escalateOverduePlan(String orgCode, long receivedDocumentId, String deadline, String processInstanceId) {
    Directive received = directives.find(receivedDocumentId);
    String group = received.getIssuer().approversGroup();
    String orgName = organizations.find(orgCode).map(Organization::getName).orElse(orgCode);
    notifications.notify(NotificationKind.PLAN_OVERDUE, processInstanceId + "@" + deadline, group, orgCode, receivedDocumentId, processInstanceId,
        orgName + " quá hạn " + deadline + " chưa ban hành kế hoạch thực hiện "
            + received.getType().label() + " " + received.getNumber());
    return group;
  }

  private DraftedPlan readDraft(SubmittedValues values, String orgCode, long receivedDocumentId) {
    DocumentType type = values.requiredEnum(PLAN_TYPE, DocumentType.class);
    String number = values.requiredText(PLAN_NUMBER, 100);
    String title = values.requiredText(PLAN_TITLE, 1000);
    String content = values.requiredText(PLAN_CONTENT, 100_000);
    LocalDate issueDate = values.requiredDate(PLAN_ISSUE_DATE);
    String signatory = values.optionalText(SIGNATORY_NAME, 200);
    SigningCapacity capacity = values.optionalEnum(SIGNING_CAPACITY, SigningCapacity.class);
    List<String> targets = values.codeList(CASCADE_ORGS);
    LocalDate childDeadline = values.optionalDate(CHILD_DRAFT_DEADLINE);

    Map<String, Organization> known = organizations.findAll(targets); // one query, not one per organisation below
    for (String target : targets) {
      Organization organization = known.get(target);
      if (organization == null) {
        values.reject(CASCADE_ORGS, "không có đơn vị mã '" + target + "'");
      } else if (!organization.isChildOf(orgCode) && !organizations.isBelow(target, orgCode)) {
        values.reject(CASCADE_ORGS, "đơn vị '" + target + "' không trực thuộc '" + orgCode + "'");
      }
    }
    Directive basis = directives.find(receivedDocumentId);
    if (issueDate != null && issueDate.isBefore(basis.getIssueDate())) {
      values.reject(PLAN_ISSUE_DATE, "ngày " + VietnameseDate.of(issueDate) + " trước ngày ban hành văn bản căn cứ ("
          + VietnameseDate.of(basis.getIssueDate()) + ")");
    }
    return new DraftedPlan(new PlanDraft(type, number, title, content, issueDate, signatory, capacity, targets, childDeadline),
        regimes.readObligations(values, orgCode, issueDate), regimes.readTargets(values),
        taskTables.readDraft(values, orgCode, issueDate));
  }

  private Organization existing(SubmittedValues values, String key, String code) {
    if (code == null) {
      return null;
    }
    Organization organization = organizations.find(code).orElse(null);
    if (organization == null) {
      values.reject(key, "không có đơn vị mã '" + code + "'");
    }
    return organization;
  }

  private SubmittedValues submitted(Map<String, Object> variables) {
    return new SubmittedValues(variables, calendar.zone());
  }

  /** A task completion that tries to move the instance to another organisation or document is refused. */
  private SubmittedValues submittedFor(CascadeKey key, Map<String, Object> variables) {
    SubmittedValues values = submitted(variables);
    if (!key.orgCode().equals(variables.get(ORG_CODE)) || !Long.valueOf(key.documentId()).equals(variables.get(RECEIVED_DOCUMENT_ID))) {
      values.reject(ORG_CODE, "không được đổi đơn vị hoặc văn bản mà quy trình này xử lý");
    }
    return values;
  }

  /** What an organisation needs to start drafting. */
  public record Reception(long documentId, String businessKey, String organizationName,
      LocalDate draftDeadline, List<Organization> organizationsBelow) {
  }

  public record IssuedPlan(long planId, List<String> implementingOrganizations) {
  }

  private record DraftedPlan(PlanDraft plan, List<ObligationDraft> obligations, List<TargetDraft> targets,
      List<TaskTableService.CheckedRow> tasks) {
  }
}
