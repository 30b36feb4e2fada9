package vn.directivecascade.board;

import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.DECISION;
import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.DECISION_RETURN;
import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.DRAFT_DEADLINE;
import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.ISSUED_PLAN_ID;
import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.ORIGINAL_DRAFT_DEADLINE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.cascade.CascadeKey;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Elements;
import vn.directivecascade.deadline.ReportingCalendar;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.board.ReportingSummaryService.ReportingSummary;
import vn.directivecascade.operations.OneEngineCommand;
import vn.directivecascade.reporting.ReportingObligationRepository;
import vn.directivecascade.organization.Organization;
import vn.directivecascade.organization.OrganizationService;
import vn.directivecascade.security.OrganizationAccess;

/**
 * The directives a user follows and their cascade trees, derived from the directive-cascade
 * instances, their variables and deadlines. Every engine query runs as the signed-in user (the board
 * is behind the engine's authentication filter), so Camunda's authorizations decide what is seen: an
 * organisation's own instance, and for approvers every instance below it. A tree is read one level
 * at a time, never whole: a national directive has about 14,000 organisations.
 */
@Service
@Transactional(readOnly = true)
public class CascadeBoardService {

  /** Directives listed at most; a user follows a handful at a time. */
  static final int MAX_DIRECTIVES = 200;
  /**
   * Instances one level below an organisation, at most (63 provinces below the government); with the
   * variables read per instance it stays under the engine's query result limit.
   */
  static final int MAX_CHILDREN = 300;
  /** Business keys per IN list, and the most looked up one by one (a province's branch has about 220). */
  static final int KEYS_PER_QUERY = 500;
  static final int MAX_KEYS_LOOKED_UP = 2000;

  private final HistoryService historyService;
  private final TaskService taskService;
  private final OrganizationService organizations;
  private final DirectiveRepository directives;
  private final DocumentLineageService lineage;
  private final ReportingCalendar calendar;
  private final OrganizationAccess access;
  private final OneEngineCommand oneCommand;
  private final ReportingObligationRepository obligations;
  private final ReportingSummaryService reportingSummary;

  CascadeBoardService(HistoryService historyService, TaskService taskService, OrganizationService organizations,
      DirectiveRepository directives, DocumentLineageService lineage, ReportingCalendar calendar, OrganizationAccess access,
      OneEngineCommand oneCommand, ReportingObligationRepository obligations, ReportingSummaryService reportingSummary) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.organizations = organizations;
    this.directives = directives;
    this.lineage = lineage;
    this.calendar = calendar;
    this.access = access;
    this.oneCommand = oneCommand;
    this.obligations = obligations;
    this.reportingSummary = reportingSummary;
  }

  /** How far the branch of the cascade that a user follows has got. */
  public record Progress(long plansIssued, long plansExpected, long overdue) {
  }

  /**
   * A directive as one user follows it: {@code entryInstanceId} is where their view of the cascade
   * starts (the root for an administrator, their own organisation's handling otherwise).
   */
  public record DirectiveRow(String entryInstanceId, String entryOrgName, DocumentSummary directive, DocumentSummary received,
      Progress progress, ReportingSummary reports) {
  }

  public record CascadeView(DirectiveRow directive, CascadeNode top, List<CascadeNode> children) {
  }

  /** The directives the signed-in user follows, newest first. */
  public List<DirectiveRow> directives() {
    return oneCommand.run(() -> entryInstances().stream().map(this::row).toList());
  }

  /** The cascade from one instance down one level; empty when the user may not see that instance. */
  public Optional<CascadeView> cascade(String instanceId) {
    return oneCommand.run(() -> visibleInstance(instanceId).map(instance -> {
      Organization organization = organizationOf(instance);
      CascadeNode top = nodes(List.of(organization), List.of(instance), access.maySeeBelow(organization.getCode())).get(0);
      return new CascadeView(row(instance), top, childrenOf(instance));
    }));
  }

  /** The organisations one level below an instance's organisation; empty when the user may not see it. */
  public Optional<List<CascadeNode>> children(String instanceId) {
    return oneCommand.run(() -> visibleInstance(instanceId).map(this::childrenOf));
  }

  private List<HistoricProcessInstance> entryInstances() {
    if (access.isAdministrator()) {
      return cascades().rootProcessInstances().orderByProcessInstanceStartTime().desc().listPage(0, MAX_DIRECTIVES);
    }
    Map<String, HistoricProcessInstance> entries = new LinkedHashMap<>();
    for (String orgCode : access.ownOrganizations()) {
      cascades().processInstanceBusinessKeyLike(CascadeKey.anyDocumentFor(orgCode)).orderByProcessInstanceStartTime().desc()
          .listPage(0, MAX_DIRECTIVES).forEach(instance -> entries.putIfAbsent(instance.getId(), instance));
    }
    return entries.values().stream().limit(MAX_DIRECTIVES).toList();
  }

  private DirectiveRow row(HistoricProcessInstance entry) {
    CascadeKey key = CascadeKey.parse(entry.getBusinessKey());
    Directive received = directives.findById(key.documentId()).orElseThrow();
    return new DirectiveRow(entry.getId(), organizationOf(entry).getName(), lineage.rootOf(received),
        DocumentSummary.of(received), progress(entry, key), reports(key));
  }

  /**
   * The entry organisation's branch: plans issued and organisations obliged, from the documents (a
   * plan issued is a document in the registry; its recipients are obliged to implement it); overdue
   * from the engine, among the instances still drafting in the branch.
   */
  private Progress progress(HistoricProcessInstance entry, CascadeKey key) {
    Object[] counts = directives.countBranch(key.documentId(), key.orgCode()).get(0);
    long issued = ((Number) counts[0]).longValue();
    List<String> drafting = new ArrayList<>();
    if (issued == 0) {
      drafting.add(key.value());
    }
    directives.findPendingInBranch(key.documentId(), key.orgCode())
        .forEach(row -> drafting.add(new CascadeKey(((Number) row[0]).longValue(), (String) row[1]).value()));
    return new Progress(issued, 1 + ((Number) counts[1]).longValue(), overdue(entry.getRootProcessInstanceId(), drafting, calendar.today()));
  }

  /** The reports of the current period over the plans with a reporting regime in the entry organisation's branch. */
  private ReportingSummary reports(CascadeKey key) {
    return reportingSummary.currentPeriod(obligations.findPlanIdsInBranch(key.documentId(), key.orgCode()));
  }

  /**
   * Overdue plans among the instances with these business keys, looked up by key in chunks. A branch
   * the size of the nation is counted over the whole cascade instead: Camunda's authorization join
   * costs instances × the user's grants, small for an administrator, whose grants are global.
   */
  private long overdue(String rootInstanceId, List<String> draftingKeys, LocalDate today) {
    if (draftingKeys.size() > MAX_KEYS_LOOKED_UP) {
      return overdue(cascades().rootProcessInstanceId(rootInstanceId), today);
    }
    long overdue = 0;
    for (int from = 0; from < draftingKeys.size(); from += KEYS_PER_QUERY) {
      List<String> chunk = draftingKeys.subList(from, Math.min(draftingKeys.size(), from + KEYS_PER_QUERY));
      overdue += overdue(cascades().rootProcessInstanceId(rootInstanceId).processInstanceBusinessKeyIn(chunk.toArray(String[]::new)), today);
    }
    return overdue;
  }

  /**
   * Still drafting or awaiting approval after the current deadline, as the tree shows them (an
   * extension gives more time; the variable planOverdue instead keeps that the original was missed).
   * Deadlines are ISO dates, so they compare as text.
   */
  private static long overdue(HistoricProcessInstanceQuery instances, LocalDate today) {
    return instances.activeActivityIdIn(Elements.DRAFT_PLAN, Elements.APPROVE_PLAN)
        .variableValueLessThan(DRAFT_DEADLINE, today.toString()).count();
  }

  /**
   * The level below {@code parent}, as far as the user may see it: an approver of the parent or above
   * sees every organisation below; a drafter sees none (their grants end at their own organisation's
   * plan, so showing the level would show every plan as not started).
   */
  private List<CascadeNode> childrenOf(HistoricProcessInstance parent) {
    String parentCode = organizationOf(parent).getCode();
    boolean seesBelow = access.maySeeBelow(parentCode);
    List<Organization> below = organizations.children(parentCode).stream()
        .filter(child -> seesBelow || access.isMemberOf(child.getCode())).toList();
    List<HistoricProcessInstance> instances = below.isEmpty() ? List.of()
        : cascades().superProcessInstanceId(parent.getId()).listPage(0, MAX_CHILDREN);
    return nodes(below, instances, seesBelow);
  }

  /**
   * The nodes of {@code organisations}, each with its instance among {@code instances} if it has one:
   * a fixed number of queries for the whole level, whatever its size. {@code seesBelowAll}: the user
   * may see below every one of them (otherwise only below those they approve for).
   */
  private List<CascadeNode> nodes(List<Organization> organisations, List<HistoricProcessInstance> instances, boolean seesBelowAll) {
    Map<String, HistoricProcessInstance> byOrganisation = instances.stream()
        .collect(Collectors.toMap(instance -> CascadeKey.parse(instance.getBusinessKey()).orgCode(), Function.identity(), (a, b) -> a));
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, Map<String, Object>> variables = variablesOf(ids);
    Set<String> awaitingApproval = ids.length == 0 ? Set.of() : cascades().processInstanceIds(Set.of(ids))
        .activeActivityIdIn(Elements.APPROVE_PLAN).listPage(0, ids.length).stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    Map<String, String> workableTasks = ids.length == 0 ? Map.of() : taskService.createTaskQuery().processInstanceIdIn(ids)
        .taskDefinitionKeyIn(Elements.DRAFT_PLAN, Elements.APPROVE_PLAN).listPage(0, ids.length).stream()
        .collect(Collectors.toMap(Task::getProcessInstanceId, Task::getId, (a, b) -> a));
    Map<Long, Directive> plans = issuedPlans(variables);
    Map<String, Long> below = organizations.childCounts(organisations.stream().map(Organization::getCode).toList());
    LocalDate today = calendar.today();

    List<CascadeNode> nodes = new ArrayList<>();
    for (Organization organization : organisations) {
      HistoricProcessInstance instance = byOrganisation.get(organization.getCode());
      long childCount = seesBelowAll || access.isApproverOf(organization.getCode()) ? below.getOrDefault(organization.getCode(), 0L) : 0;
      if (instance == null) {
        nodes.add(new CascadeNode(organization.getCode(), organization.getName(), null, PlanStatus.NOT_STARTED,
            StatusCategory.NOT_STARTED, null, null, null, null, childCount));
        continue;
      }
      Map<String, Object> values = variables.getOrDefault(instance.getId(), Map.of());
      LocalDate deadline = date(values.get(DRAFT_DEADLINE));
      LocalDate original = Optional.ofNullable(date(values.get(ORIGINAL_DRAFT_DEADLINE))).orElse(deadline);
      Directive plan = values.containsKey(ISSUED_PLAN_ID) ? plans.get((Long) values.get(ISSUED_PLAN_ID)) : null;
      PlanStatus status = status(plan != null, awaitingApproval.contains(instance.getId()), values.get(DECISION), deadline, today);
      nodes.add(new CascadeNode(organization.getCode(), organization.getName(), instance.getId(), status,
          category(status, plan, original, deadline, today), deadline, original, plan == null ? null : DocumentSummary.of(plan),
          workableTasks.get(instance.getId()), childCount));
    }
    return nodes;
  }

  /** The current deadline decides overdue; an extension gives more time but the original stays on record. */
  private static PlanStatus status(boolean issued, boolean awaitingApproval, Object decision, LocalDate deadline, LocalDate today) {
    if (issued) {
      return PlanStatus.ISSUED;
    }
    if (deadline != null && today.isAfter(deadline)) {
      return PlanStatus.OVERDUE;
    }
    if (awaitingApproval) {
      return PlanStatus.AWAITING_APPROVAL;
    }
    return DECISION_RETURN.equals(decision) ? PlanStatus.RETURNED : PlanStatus.DRAFTING;
  }

  /** An issued plan is on time only against the original deadline (DESIGN.md §1). */
  private StatusCategory category(PlanStatus status, Directive plan, LocalDate original, LocalDate deadline, LocalDate today) {
    return switch (status) {
      case NOT_STARTED -> StatusCategory.NOT_STARTED;
      case OVERDUE -> StatusCategory.OVERDUE;
      case ISSUED -> original != null && plan.getIssueDate().isAfter(original) ? StatusCategory.DONE_LATE : StatusCategory.DONE_ON_TIME;
      default -> deadline != null && calendar.isDueSoon(deadline, today) ? StatusCategory.DUE_SOON : StatusCategory.IN_PROGRESS;
    };
  }

  private Map<String, Map<String, Object>> variablesOf(String[] instanceIds) {
    Map<String, Map<String, Object>> variables = new HashMap<>();
    if (instanceIds.length == 0) {
      return variables;
    }
    String[] names = {DRAFT_DEADLINE, ORIGINAL_DRAFT_DEADLINE, DECISION, ISSUED_PLAN_ID};
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instanceIds)
        .variableNameIn(names).disableCustomObjectDeserialization().listPage(0, instanceIds.length * names.length)) {
      if (variable.getValue() != null) {
        variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>()).put(variable.getName(), variable.getValue());
      }
    }
    return variables;
  }

  private Map<Long, Directive> issuedPlans(Map<String, Map<String, Object>> variables) {
    Set<Long> ids = new HashSet<>();
    variables.values().forEach(values -> Optional.ofNullable((Long) values.get(ISSUED_PLAN_ID)).ifPresent(ids::add));
    return ids.isEmpty() ? Map.of() : directives.findWithIssuerByIdIn(ids).stream().collect(Collectors.toMap(Directive::getId, Function.identity()));
  }

  private Optional<HistoricProcessInstance> visibleInstance(String instanceId) {
    return Optional.ofNullable(cascades().processInstanceId(instanceId).singleResult());
  }

  private Organization organizationOf(HistoricProcessInstance instance) {
    return organizations.find(CascadeKey.parse(instance.getBusinessKey()).orgCode()).orElseThrow();
  }

  private HistoricProcessInstanceQuery cascades() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DirectiveCascadeProcess.KEY);
  }

  private static LocalDate date(Object value) {
    return value == null ? null : LocalDate.parse(value.toString());
  }
}
