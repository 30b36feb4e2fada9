package vn.directivecascade.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import vn.directivecascade.operations.EngineQueries;
import vn.directivecascade.operations.OneEngineCommand;
import vn.directivecascade.security.OrganizationAccess;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.deadline.DueRule;
import vn.directivecascade.deadline.ReportingCalendar;
import vn.directivecascade.deadline.ReportingPeriod;
import vn.directivecascade.deadline.WorkingDays;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.organization.Organization;
import vn.directivecascade.organization.OrganizationLevel;

/**
 * The reporting matrix of a plan: organisations × periods. Every status is derived from the engine
 * (is the period's report open?), the submitted reports and the deadlines; none is stored.
 */
@Service
@Transactional(readOnly = true)
public class ReportingStatusService {

  private final ReportingObligationRepository obligations;
  private final ReportRepository reports;
  private final DirectiveRepository directives;
  private final ReportingCalendar calendar;
  private final ReportingService reporting;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  private final OrganizationAccess access;
  private final OneEngineCommand oneCommand;

  ReportingStatusService(ReportingObligationRepository obligations, ReportRepository reports, DirectiveRepository directives,
      ReportingCalendar calendar, ReportingService reporting, RuntimeService runtimeService, HistoryService historyService,
      OrganizationAccess access, OneEngineCommand oneCommand) {
    this.oneCommand = oneCommand;
    this.access = access;
    this.obligations = obligations;
    this.reports = reports;
    this.directives = directives;
    this.calendar = calendar;
    this.reporting = reporting;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  /** {@code dueDayOff}: a deadline on a weekend or public holiday stays, but is shown as such. */
  public record Cell(String periodKey, String periodLabel, ReportStatus status, LocalDate due,
      WorkingDays.DayOff dueDayOff, String submittedAt) {
  }

  /** {@code level}: the organisation's tier, so a board can filter rows by it. */
  public record Row(String orgCode, String orgName, OrganizationLevel level, boolean consolidator, List<Cell> cells) {
  }

  /** The rows of one obligation (one period kind) of the plan. */
  public record Section(PeriodKindView periodKind, List<Row> rows) {
  }

  public record PeriodKindView(String code, String label) {
  }

  public record Matrix(long planId, String plan, List<Section> sections) {
  }

  /**
   * Empty when the plan has no reporting regime, or when the signed-in user may not see the issuing
   * organisation's work (so nobody learns that another organisation's plan exists).
   */
  public Optional<Matrix> matrix(long planId) {
    List<ReportingObligation> planObligations = obligations.findByPlanId(planId);
    if (planObligations.isEmpty()) {
      return Optional.empty();
    }
    Directive plan = directives.findWithRecipientsById(planId).orElseThrow();
    if (!access.maySee(plan.getIssuer().getCode())) {
      return Optional.empty();
    }
    Map<String, Report> submitted = reports.findByPlanId(planId).stream()
        .collect(Collectors.toMap(report -> report.getOrganization().getCode() + "|" + report.getPeriodKey(), Function.identity()));
    // Whoever may see the issuer's work sees every reporter's status, also a drafter whose own grants end at the issuer's instances.
    List<Section> sections = oneCommand.runUnrestricted(() -> planObligations.stream().map(obligation -> section(plan, obligation, submitted)).toList());
    return Optional.of(new Matrix(planId, plan.getType().label() + " " + plan.getNumber(), sections));
  }

  private Section section(Directive plan, ReportingObligation obligation, Map<String, Report> submitted) {
    DueRule rule = obligation.reporterDueRule();
    List<ReportingPeriod> periods = periods(plan.getId(), obligation, rule);
    Organization consolidator = obligation.getConsolidator();
    List<Organization> organizations = new ArrayList<>(ReportingService.reportingOrganizations(plan, consolidator));
    organizations.add(consolidator);
    LocalDate today = calendar.today();
    ZoneId zone = calendar.zone();
    List<Row> rows = new ArrayList<>();
    for (Organization organization : organizations) {
      boolean isConsolidator = organization.getCode().equals(consolidator.getCode());
      List<Cell> cells = new ArrayList<>();
      for (ReportingPeriod period : periods) {
        LocalDate reportersDue = calendar.reporterDue(period, rule);
        LocalDate due = isConsolidator ? calendar.consolidatorDue(period, reportersDue, obligation.consolidatorDueRule()) : reportersDue;
        Report report = submitted.get(organization.getCode() + "|" + period.key());
        ReportStatus status = report != null ? (reporting.isLate(report) ? ReportStatus.SUBMITTED_LATE : ReportStatus.SUBMITTED_ON_TIME)
            : statusOfUnsubmitted(new ReportKey(plan.getId(), organization.getCode(), period.key()), due, today);
        cells.add(new Cell(period.key(), period.label(), status, due, calendar.dayOff(due).orElse(null),
            report == null ? null : report.getSubmittedAt().atZone(zone).toOffsetDateTime().toString()));
      }
      rows.add(new Row(organization.getCode(), organization.getName(), organization.getLevel(), isConsolidator, cells));
    }
    return new Section(new PeriodKindView(obligation.getPeriodKind().name(), obligation.getPeriodKind().label()), rows);
  }

  private ReportStatus statusOfUnsubmitted(ReportKey key, LocalDate due, LocalDate today) {
    boolean open = runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
        .processInstanceBusinessKey(key.value()).count() > 0;
    if (!open) {
      return today.isAfter(due) ? ReportStatus.OVERDUE : ReportStatus.NOT_YET_OPEN;
    }
    if (today.isAfter(due)) {
      return ReportStatus.OVERDUE;
    }
    return calendar.isDueSoon(due, today) ? ReportStatus.DUE_SOON : ReportStatus.OPEN;
  }

  /** The periods opened so far and the next one the cycle waits for, in order. */
  private List<ReportingPeriod> periods(long planId, ReportingObligation obligation, DueRule rule) {
    Set<String> keys = new LinkedHashSet<>();
    EngineQueries.all(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
        .processInstanceBusinessKeyLike(ReportKey.planPrefix(planId) + "%").orderByProcessInstanceStartTime().asc()
        .orderByProcessInstanceId().asc())
        .stream().map(HistoricProcessInstance::getBusinessKey).map(ReportKey::parse).map(ReportKey::periodKey)
        .filter(key -> key.contains("-" + obligation.getPeriodKind() + "-")).forEach(keys::add);
    runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.CYCLE_KEY)
        .processInstanceBusinessKey(ReportingService.cycleKey(obligation)).listPage(0, 1).forEach(cycle -> { // one per obligation
          Object next = runtimeService.getVariable(cycle.getId(), PeriodicReportProcess.Variables.NEXT_PERIOD_KEY);
          if (next != null) {
            keys.add((String) next);
          }
        });
    return keys.stream().map(key -> calendar.periodByKey(key, rule)).toList();
  }
}
