package vn.directivecascade.reporting;

import static vn.directivecascade.reporting.PeriodicReportProcess.Variables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.deadline.DueRule;
import vn.directivecascade.deadline.ReportingCalendar;
import vn.directivecascade.deadline.ReportingPeriod;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.directive.RecipientRole;
import vn.directivecascade.notification.NotificationEvent;
import vn.directivecascade.notification.NotificationKind;
import vn.directivecascade.notification.NotificationService;
import vn.directivecascade.operations.DirectiveCascadeMetrics;
import vn.directivecascade.security.OrganizationAccess;
import vn.directivecascade.organization.Organization;
import vn.directivecascade.organization.OrganizationService;
import vn.directivecascade.validation.Decision;
import vn.directivecascade.validation.InvalidSubmissionException;
import vn.directivecascade.validation.SubmittedValues;
import vn.directivecascade.validation.TableRow;
import vn.directivecascade.validation.VietnameseDate;

/**
 * Periodic reporting on an issued plan's regime: the cycle that opens each period, and each
 * organisation's report in it. Submitted reports are kept in our own table; everything else (open,
 * due soon, overdue) follows from the engine and the deadlines.
 */
@Service
@Transactional
public class ReportingService {

  private final ReportingObligationRepository obligations;
  private final TargetRepository targets;
  private final ReportRepository reports;
  private final DirectiveRepository directives;
  private final OrganizationService organizations;
  private final ReportingCalendar calendar;
  private final NotificationService notifications;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final DirectiveCascadeMetrics metrics;
  private final OrganizationAccess access;

  ReportingService(ReportingObligationRepository obligations, TargetRepository targets, ReportRepository reports,
      DirectiveRepository directives, OrganizationService organizations, ReportingCalendar calendar,
      NotificationService notifications, RuntimeService runtimeService, HistoryService historyService,
      DirectiveCascadeMetrics metrics, OrganizationAccess access) {
    this.obligations = obligations;
    this.targets = targets;
    this.reports = reports;
    this.directives = directives;
    this.organizations = organizations;
    this.calendar = calendar;
    this.notifications = notifications;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.metrics = metrics;
    this.access = access;
  }

  /** Starts the reporting cycle of every obligation of an issued plan, once. */
  public void startCycles(long planId) {
    for (ReportingObligation obligation : obligations.findByPlanId(planId)) {
      String key = cycleKey(obligation);
      if (!exists(PeriodicReportProcess.CYCLE_KEY, key)) {
        ProcessInstance cycle = runtimeService.createProcessInstanceByKey(PeriodicReportProcess.CYCLE_KEY).businessKey(key)
            .setVariable(OBLIGATION_ID, obligation.getId()).setVariable(PLAN_ID, planId).execute();
        access.grantInstance(cycle.getId(), obligation.getPlan().getIssuer().getCode());
      }
    }
  }

  /** The period a cycle waits for next. */
  public record ScheduledPeriod(String periodKey, String reporterDue) {
  }

  /**
   * The next period after the one due {@code lastReporterDue} (the first from today when null), or
   * empty once the plan is no longer in force.
   */
  @Transactional(readOnly = true)
  public Optional<ScheduledPeriod> scheduleNext(long obligationId, String lastReporterDue) {
    ReportingObligation obligation = obligation(obligationId);
    DueRule rule = obligation.reporterDueRule();
    LocalDate from = lastReporterDue == null ? calendar.today() : LocalDate.parse(lastReporterDue).plusDays(1);
    ReportingPeriod period = calendar.nextPeriod(obligation.getPeriodKind(), rule, from);
    LocalDate due = calendar.reporterDue(period, rule);
    if (obligation.getValidUntil() != null && due.isAfter(obligation.getValidUntil())) {
      return Optional.empty();
    }
    return Optional.of(new ScheduledPeriod(period.key(), due.toString()));
  }

  /**
   * Opens a period: a periodic-report for every organisation implementing the plan, due to the
   * consolidating agency, and one for the agency, due upward by its own, later deadline.
   * Opening twice starts nothing twice.
   */
  public void openPeriod(long obligationId, String periodKey) {
    ReportingObligation obligation = obligation(obligationId);
    Directive plan = directives.findWithRecipientsById(obligation.getPlan().getId()).orElseThrow();
    DueRule rule = obligation.reporterDueRule();
    ReportingPeriod period = calendar.periodByKey(periodKey, rule);
    LocalDate reportersDue = calendar.reporterDue(period, rule);
    LocalDate consolidatorDue = calendar.consolidatorDue(period, reportersDue, obligation.consolidatorDueRule());
    Organization consolidator = obligation.getConsolidator();
    List<String> reporters = reportersOf(plan, consolidator);
    for (String reporter : reporters) {
      startReport(plan, reporter, period, reportersDue, consolidator.getCode(), false, null);
    }
    startReport(plan, consolidator.getCode(), period, consolidatorDue, upwardRecipient(plan, consolidator),
        !reporters.isEmpty(), reportersDue);
  }

  /**
   * A periodic-report starts only for a period that is open, for an organisation that reports on
   * that plan (one implementing it, or its consolidating agency), with the deadline the regime gives.
   */
  @Transactional(readOnly = true)
  public void checkPeriodOpen(String businessKey, Map<String, Object> variables) {
    ReportKey key;
    try {
      key = ReportKey.parse(businessKey);
    } catch (RuntimeException e) {
      throw InvalidSubmissionException.of(PERIOD_KEY, "báo cáo định kỳ chỉ được mở theo chế độ báo cáo của kế hoạch");
    }
    SubmittedValues values = submittedFor(key, variables);
    ReportingObligation obligation = obligations.findByPlanId(key.planId()).stream()
        .filter(candidate -> key.periodKey().contains("-" + candidate.getPeriodKind() + "-")).findFirst()
        .orElseThrow(() -> InvalidSubmissionException.of(PERIOD_KEY,
            "kế hoạch " + key.planId() + " không có chế độ báo cáo cho kỳ '" + key.periodKey() + "'"));
    DueRule rule = obligation.reporterDueRule();
    ReportingPeriod period;
    try {
      period = calendar.periodByKey(key.periodKey(), rule);
    } catch (RuntimeException e) {
      throw InvalidSubmissionException.of(PERIOD_KEY, "không có kỳ báo cáo '" + key.periodKey() + "'");
    }
    LocalDate reportersDue = calendar.reporterDue(period, rule);
    // Open by date, or the period the cycle waits for (an administrator may run its timer early).
    if (calendar.today().isBefore(calendar.windowOpens(reportersDue)) && !isScheduledNext(obligation, key.periodKey())) {
      values.reject(PERIOD_KEY, "kỳ " + period.label() + " chưa mở (mở ngày " + VietnameseDate.of(calendar.windowOpens(reportersDue)) + ")");
    }
    Directive plan = directives.findWithRecipientsById(key.planId()).orElseThrow();
    boolean consolidator = obligation.getConsolidator().getCode().equals(key.orgCode());
    if (!consolidator && !reportersOf(plan, obligation.getConsolidator()).contains(key.orgCode())) {
      values.reject(ORG_CODE, "đơn vị '" + key.orgCode() + "' không báo cáo theo kế hoạch này");
    }
    LocalDate due = consolidator ? calendar.consolidatorDue(period, reportersDue, obligation.consolidatorDueRule()) : reportersDue;
    if (!due.toString().equals(variables.get(REPORT_DUE))) {
      values.reject(REPORT_DUE, "hạn của kỳ này là " + VietnameseDate.of(due));
    }
    values.throwIfInvalid();
  }

  /** What the report form opens with. */
  public record Prefill(String consolidation, List<PrefilledFigure> figures) {
  }

  /** A target's row of the report form: the consolidator's sums, or blank for a reporter to fill in. */
  public record PrefilledFigure(long targetId, String target, String numerator, String denominator) {
  }

  /**
   * The plan's targets to report on; for a consolidating agency also its reporters' status and their
   * figures summed as numerator and denominator (never an average of percentages).
   */
  @Transactional(readOnly = true)
  public Prefill prefill(String businessKey) {
    ReportKey key = ReportKey.parse(businessKey);
    List<Target> planTargets = targets.findByPlanIdOrderById(key.planId());
    Directive plan = directives.findWithRecipientsById(key.planId()).orElseThrow();
    ReportingObligation obligation = obligationFor(key.planId(), key.periodKey());
    List<String> reporters = obligation.getConsolidator().getCode().equals(key.orgCode())
        ? reportersOf(plan, obligation.getConsolidator()) : List.of();
    Map<Long, FigureSum> sums = new HashMap<>();
    List<String> lines = new ArrayList<>();
    if (!reporters.isEmpty()) {
      Map<String, Report> submitted = reports.findByPlanIdAndPeriodKey(key.planId(), key.periodKey()).stream()
          .filter(report -> reporters.contains(report.getOrganization().getCode()))
          .collect(Collectors.toMap(report -> report.getOrganization().getCode(), report -> report));
      lines.add(statusLine("Báo cáo đúng hạn", reporters.stream().filter(r -> submitted.containsKey(r) && !isLate(submitted.get(r))).toList()));
      lines.add(statusLine("Báo cáo muộn", reporters.stream().filter(r -> submitted.containsKey(r) && isLate(submitted.get(r))).toList()));
      lines.add(statusLine("Chưa báo cáo", reporters.stream().filter(r -> !submitted.containsKey(r)).toList()));
      sums.putAll(FigureSum.byTarget(submitted.values()));
      for (Target target : planTargets) {
        FigureSum sum = sums.get(target.getId());
        lines.add(target.label() + ": " + (sum == null ? "chưa có số liệu" : rollUp(target, sum)));
      }
    }
    List<PrefilledFigure> figures = new ArrayList<>();
    for (Target target : planTargets) {
      FigureSum sum = sums.get(target.getId());
      figures.add(new PrefilledFigure(target.getId(), target.label(),
          sum == null ? "" : sum.numerator().stripTrailingZeros().toPlainString(),
          sum == null ? "" : sum.denominator().stripTrailingZeros().toPlainString()));
    }
    return new Prefill(String.join("\n", lines), figures);
  }

  /** A figure as submitted, checked. */
  public record SubmittedFigure(long targetId, BigDecimal numerator, BigDecimal denominator) {
  }

  /**
   * Checks a prepared report: its identity (organisation, plan, period), the results, and every
   * figure a number, not negative, with a denominator that is not zero.
   */
  @Transactional(readOnly = true)
  public List<SubmittedFigure> validateReport(String businessKey, Map<String, Object> variables) {
    ReportKey key = ReportKey.parse(businessKey);
    SubmittedValues values = submittedFor(key, variables);
    values.requiredText(RESULTS, 20_000);
    values.optionalText(DIFFICULTIES, 20_000);
    values.optionalText(PROPOSALS, 20_000);
    List<SubmittedFigure> figures = readFigures(values, key.planId());
    values.throwIfInvalid();
    return figures;
  }

  /** Takes the approver's decision on a report: approve, or return with a comment, which its drafters are told. */
  public void decide(String businessKey, String processInstanceId, String approvalTaskId, Map<String, Object> variables) {
    ReportKey key = ReportKey.parse(businessKey);
    SubmittedValues values = submittedFor(key, variables);
    Decision.check(values);
    values.throwIfInvalid();
    if (Decision.isReturn(variables)) {
      notifications.notify(NotificationEvent.of(NotificationKind.REPORT_RETURNED, approvalTaskId, key.orgCode(), key.planId(),
          processInstanceId, "Báo cáo kỳ " + key.periodKey() + " của " + organizationName(key.orgCode()))
          .withComment(Decision.comment(variables)), Organization.draftersGroup(key.orgCode()));
    }
  }

  /**
   * Keeps the approved report, late or not, and tells its consolidating agency, which starts as soon
   * as all its reporters are in instead of waiting for their deadline.
   */
  public void submit(String businessKey, Map<String, Object> variables) {
    ReportKey key = ReportKey.parse(businessKey);
    List<SubmittedFigure> figures = validateReport(businessKey, variables);
    Directive plan = directives.findById(key.planId()).orElseThrow();
    Organization organization = organizations.find(key.orgCode()).orElseThrow();
    Organization recipient = organizations.find((String) variables.get(RECIPIENT_CODE)).orElseThrow();
    Report report = new Report(plan, organization, key.periodKey(), recipient, LocalDate.parse((String) variables.get(REPORT_DUE)),
        ClockUtil.getCurrentTime().toInstant(), (String) variables.get(RESULTS), (String) variables.get(DIFFICULTIES),
        (String) variables.get(PROPOSALS));
    figures.forEach(figure -> report.addFigure(targets.getReferenceById(figure.targetId()), figure.numerator(), figure.denominator()));
    reports.save(report);
    metrics.reportSubmitted(isLate(report));
    notifications.notify(NotificationKind.REPORT_ACCEPTED, businessKey, organization.draftersGroup(), key.orgCode(), key.planId(), null,
        "Báo cáo kỳ " + key.periodKey() + " của " + organization.getName() + " đã được duyệt và gửi đến " + recipient.getName());

    // Only the report that completes the count wakes the consolidator: one message per period instead of
    // one per reporter, which reporters submitting together collided on and then waited out the job
    // retry's pause. The obligation's row lock, taken last so it is held only while counting and
    // committing, makes submissions count one after the other: the last one sees them all.
    ReportingObligation obligation = obligationFor(key.planId(), key.periodKey());
    String consolidatorKey = new ReportKey(key.planId(), obligation.getConsolidator().getCode(), key.periodKey()).value();
    if (!consolidatorKey.equals(businessKey)) {
      obligations.lockById(obligation.getId());
      if (allReportsIn(consolidatorKey)) {
        runtimeService.createMessageCorrelation(PeriodicReportProcess.REPORT_SUBMITTED).processInstanceBusinessKey(consolidatorKey)
            .correlateAll();
      }
    }
  }

  /** Whether every organisation reporting to this consolidating agency has submitted for the period. */
  @Transactional(readOnly = true)
  public boolean allReportsIn(String consolidatorBusinessKey) {
    ReportKey key = ReportKey.parse(consolidatorBusinessKey);
    Organization consolidator = obligationFor(key.planId(), key.periodKey()).getConsolidator();
    List<String> reporters = reportersOf(directives.findWithRecipientsById(key.planId()).orElseThrow(), consolidator);
    long submitted = reports.findByPlanIdAndPeriodKey(key.planId(), key.periodKey()).stream()
        .filter(report -> reporters.contains(report.getOrganization().getCode())).count();
    return submitted == reporters.size();
  }

  /** Reminds the organisation's drafters that its report is due soon. */
  public void remind(String businessKey, String due) {
    ReportKey key = ReportKey.parse(businessKey);
    notifications.notify(NotificationKind.REPORT_REMINDER, businessKey + "@" + due, Organization.draftersGroup(key.orgCode()), key.orgCode(),
        key.planId(), null, "Sắp đến hạn " + due + ": báo cáo kỳ " + key.periodKey() + " chưa gửi");
  }

  /**
   * Raises an overdue report to the approvers of the organisation it is due to.
   *
   * @return the group it was raised to
   */
  public String escalateOverdue(String businessKey, String due, String recipientCode) {
    ReportKey key = ReportKey.parse(businessKey);
    String group = Organization.approversGroup(recipientCode);
    notifications.notify(NotificationKind.REPORT_OVERDUE, businessKey + "@" + due, group, key.orgCode(), key.planId(), null,
        organizationName(key.orgCode()) + " quá hạn " + due + " chưa gửi báo cáo kỳ " + key.periodKey());
    return group;
  }

  /** Whether a report came in after the end of its original due day. */
  public boolean isLate(Report report) {
    return report.getSubmittedAt().isAfter(calendar.dueAt(report.getDueDate()).toInstant());
  }

  private void startReport(Directive plan, String orgCode, ReportingPeriod period, LocalDate due, String recipientCode,
      boolean hasReporters, LocalDate reportersDue) {
    String key = new ReportKey(plan.getId(), orgCode, period.key()).value();
    if (exists(PeriodicReportProcess.KEY, key)) {
      return;
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(PLAN_ID, plan.getId());
    variables.put(ORG_CODE, orgCode);
    variables.put(ORG_NAME, organizations.find(orgCode).map(Organization::getName).orElse(orgCode));
    variables.put(PERIOD_KEY, period.key());
    variables.put(PERIOD_LABEL, period.label() + " – " + plan.getType().label() + " " + plan.getNumber());
    variables.put(REPORT_DUE, due.toString());
    variables.put(REPORT_PREPARER, null); // nobody yet: the first draft is the organisation's drafters' to claim
    variables.put(RECIPIENT_CODE, recipientCode);
    variables.put(HAS_REPORTERS, hasReporters);
    variables.put(REPORTERS_DUE, reportersDue == null ? null : reportersDue.toString());
    ProcessInstance report = runtimeService.createProcessInstanceByKey(PeriodicReportProcess.KEY).businessKey(key)
        .setVariables(variables).execute();
    access.grantInstance(report.getId(), orgCode);
  }

  /** Organisations implementing the plan report to its consolidating agency (which does not report to itself). */
  static List<Organization> reportingOrganizations(Directive plan, Organization consolidator) {
    return plan.getRecipients().stream()
        .filter(recipient -> recipient.getRole() == RecipientRole.IMPLEMENT)
        .map(recipient -> recipient.getOrganization())
        .filter(organization -> !organization.getCode().equals(consolidator.getCode()))
        .toList();
  }

  private static List<String> reportersOf(Directive plan, Organization consolidator) {
    return reportingOrganizations(plan, consolidator).stream().map(Organization::getCode).toList();
  }

  /** A consolidating issuer reports to the body whose document it implements; an agency "via" reports to the issuer. */
  private static String upwardRecipient(Directive plan, Organization consolidator) {
    if (!consolidator.getCode().equals(plan.getIssuer().getCode())) {
      return plan.getIssuer().getCode();
    }
    return plan.getBasis() == null ? consolidator.getCode() : plan.getBasis().getIssuer().getCode();
  }

  /** "9/12 = 75.0 % – đạt": the sums, their value in the target's unit, and whether it meets the target. */
  private static String rollUp(Target target, FigureSum sum) {
    return sum.valueFor(target).map(value -> sum.fraction() + " = " + value.toPlainString() + " " + target.getUnit().strip()
        + " – " + (target.isMetBy(value) ? "đạt" : "chưa đạt")).orElse(sum.fraction());
  }

  private String statusLine(String label, List<String> codes) {
    return label + " (" + codes.size() + "): " + codes.stream()
        .map(code -> organizations.find(code).map(Organization::getName).orElse(code)).collect(Collectors.joining(", "));
  }

  /**
   * Figures as the form shows them, one line per target: "id | target | numerator | denominator";
   * a line with neither number reports nothing for that target.
   */
  private List<SubmittedFigure> readFigures(SubmittedValues values, long planId) {
    List<SubmittedFigure> figures = new ArrayList<>();
    List<TableRow> rows = values.table(FIGURES, 20_000, FIGURE_COLUMNS);
    if (rows.isEmpty()) {
      return figures;
    }
    List<Long> planTargets = targets.findByPlanIdOrderById(planId).stream().map(Target::getId).toList();
    for (TableRow row : rows) {
      String prefix = "dòng " + row.line() + ": ";
      BigDecimal id = row.size() == FIGURE_COLUMNS.length && row.text(0) != null ? number(row.text(0)) : null;
      Long targetId = id == null ? null : id.longValue();
      if (targetId == null || !planTargets.contains(targetId)) {
        values.reject(FIGURES, prefix + "không phải chỉ tiêu của kế hoạch (cần mã chỉ tiêu, chỉ tiêu, tử số, mẫu số)");
        continue;
      }
      if (row.text(2) == null && row.text(3) == null) {
        continue;
      }
      BigDecimal numerator = row.text(2) == null ? null : number(row.text(2));
      BigDecimal denominator = row.text(3) == null ? null : number(row.text(3));
      if (numerator == null || denominator == null) {
        values.reject(FIGURES, prefix + "tử số và mẫu số phải là số");
      } else if (numerator.signum() < 0 || denominator.signum() < 0) {
        values.reject(FIGURES, prefix + "số liệu không được âm");
      } else if (denominator.signum() == 0) {
        values.reject(FIGURES, prefix + "mẫu số không được bằng 0");
      } else {
        figures.add(new SubmittedFigure(targetId, numerator, denominator));
      }
    }
    return figures;
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private SubmittedValues submittedFor(ReportKey key, Map<String, Object> variables) {
    SubmittedValues values = new SubmittedValues(variables, calendar.zone());
    if (!key.orgCode().equals(variables.get(ORG_CODE)) || !Long.valueOf(key.planId()).equals(variables.get(PLAN_ID))
        || !key.periodKey().equals(variables.get(PERIOD_KEY))) {
      values.reject(ORG_CODE, "không được đổi đơn vị, kế hoạch hoặc kỳ của báo cáo này");
    }
    return values;
  }

  private boolean isScheduledNext(ReportingObligation obligation, String periodKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.CYCLE_KEY)
        .processInstanceBusinessKey(cycleKey(obligation)).listPage(0, 1).stream() // one cycle per obligation
        .anyMatch(cycle -> periodKey.equals(runtimeService.getVariable(cycle.getId(), NEXT_PERIOD_KEY)));
  }

  static String cycleKey(ReportingObligation obligation) {
    return "cycle-" + obligation.getId();
  }

  private boolean exists(String processKey, String businessKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).count() > 0;
  }

  /** The plan's obligation a period belongs to: one per period kind. */
  private ReportingObligation obligationFor(long planId, String periodKey) {
    return obligations.findByPlanId(planId).stream()
        .filter(obligation -> periodKey.contains("-" + obligation.getPeriodKind() + "-")).findFirst()
        .orElseThrow(() -> new IllegalStateException("no obligation of plan " + planId + " for " + periodKey));
  }

  private ReportingObligation obligation(long id) {
    return obligations.findById(id).orElseThrow(() -> new IllegalStateException("Không có nghĩa vụ báo cáo " + id));
  }

  private String organizationName(String orgCode) {
    return organizations.find(orgCode).map(Organization::getName).orElse(orgCode);
  }
}
