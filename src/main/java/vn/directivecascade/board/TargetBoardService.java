package vn.directivecascade.board;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.reporting.Comparison;
import vn.directivecascade.reporting.FigureSum;
import vn.directivecascade.reporting.Report;
import vn.directivecascade.reporting.ReportRepository;
import vn.directivecascade.reporting.ReportingObligation;
import vn.directivecascade.reporting.ReportingObligationRepository;
import vn.directivecascade.reporting.Target;
import vn.directivecascade.reporting.TargetRepository;
import vn.directivecascade.security.OrganizationAccess;

/**
 * A plan's targets against the reported figures. Each target is rolled up over the latest period with
 * figures for it: the reporting organisations' numerators and denominators summed ({@link FigureSum}).
 * The consolidating agency's own report is their consolidation and is not counted again; where nobody
 * reports to it, its own figures are the plan's.
 */
@Service
@Transactional(readOnly = true)
public class TargetBoardService {

  private final ReportingObligationRepository obligations;
  private final TargetRepository targets;
  private final ReportRepository reports;
  private final OrganizationAccess access;
  private final BoardMessages messages;

  TargetBoardService(ReportingObligationRepository obligations, TargetRepository targets, ReportRepository reports,
      OrganizationAccess access, BoardMessages messages) {
    this.obligations = obligations;
    this.targets = targets;
    this.reports = reports;
    this.access = access;
    this.messages = messages;
  }

  /** Empty, as the reporting matrix, when the plan has no reporting regime or the signed-in user may not see it. */
  public Optional<TargetBoard> targets(long planId, Locale locale) {
    List<ReportingObligation> planObligations = obligations.findByPlanId(planId);
    if (planObligations.isEmpty()) {
      return Optional.empty();
    }
    Directive plan = planObligations.get(0).getPlan();
    if (!access.maySee(plan.getIssuer().getCode())) {
      return Optional.empty();
    }
    Map<String, List<Report>> byPeriod = reports.findWithFiguresByPlanId(planId).stream()
        .collect(Collectors.groupingBy(Report::getPeriodKey, LinkedHashMap::new, Collectors.toList()));
    List<TargetBoard.TargetView> views = targets.findByPlanIdOrderById(planId).stream()
        .map(target -> view(target, byPeriod, planObligations, locale)).toList();
    return Optional.of(new TargetBoard(planId, plan.getType().label() + " " + plan.getNumber(), views));
  }

  private TargetBoard.TargetView view(Target target, Map<String, List<Report>> byPeriod, List<ReportingObligation> planObligations,
      Locale locale) {
    String goal = number(target.getValue().stripTrailingZeros(), locale) + " " + target.getUnit();
    Optional<Map.Entry<String, List<Report>>> latest = byPeriod.entrySet().stream()
        .map(period -> Map.entry(period.getKey(), period.getValue().stream().filter(report -> figureOf(report, target).isPresent()).toList()))
        .filter(period -> !period.getValue().isEmpty())
        .max(Comparator.comparing((Map.Entry<String, List<Report>> period) -> earliestDue(period.getValue()))
            .thenComparing(Map.Entry::getKey));
    if (latest.isEmpty()) {
      return new TargetBoard.TargetView(target.getId(), target.getDescription(), symbol(target.getComparison()), goal,
          target.getUnit(), null, null, List.of(), null);
    }
    String periodKey = latest.get().getKey();
    String consolidator = consolidatorOf(periodKey, planObligations);
    List<Report> reporters = latest.get().getValue().stream()
        .filter(report -> !report.getOrganization().getCode().equals(consolidator)).toList();
    List<Report> counted = reporters.isEmpty() ? latest.get().getValue() : reporters;

    FigureSum total = counted.stream().map(report -> figureOf(report, target).orElseThrow()).reduce(FigureSum.ZERO, FigureSum::plus);
    List<TargetBoard.OrganizationFigure> organizations = counted.stream()
        .map(report -> new TargetBoard.OrganizationFigure(report.getOrganization().getCode(), report.getOrganization().getName(),
            figure(target, figureOf(report, target).orElseThrow(), locale)))
        .sorted(Comparator.comparing((TargetBoard.OrganizationFigure figure) -> figure.figure().value(),
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(TargetBoard.OrganizationFigure::orgName))
        .toList();
    String comparison = symbol(target.getComparison()) + " " + goal;
    TargetBoard.Chart chart = TargetBoard.Chart.of(organizations, target.getValue(), target.isPercentage(),
        messages.get("board.targets.chart.title", locale, target.getDescription(), comparison),
        messages.get("board.targets.chart.description", locale),
        messages.get("board.targets.chart.goal", locale, comparison),
        messages.get("board.targets.met", locale), messages.get("board.targets.notMet", locale));
    return new TargetBoard.TargetView(target.getId(), target.getDescription(), symbol(target.getComparison()), goal,
        target.getUnit(), messages.period(periodKey, locale), figure(target, total, locale), organizations, chart);
  }

  /** One report's figure for the target, as a sum of one. */
  private static Optional<FigureSum> figureOf(Report report, Target target) {
    return Optional.ofNullable(FigureSum.byTarget(List.of(report)).get(target.getId()));
  }

  private TargetBoard.Figure figure(Target target, FigureSum sum, Locale locale) {
    Optional<BigDecimal> value = sum.valueFor(target);
    return new TargetBoard.Figure(sum.fraction(), value.orElse(null),
        value.map(v -> number(v, locale) + " " + target.getUnit()).orElse("–"), sum.meets(target));
  }

  /** A period's reports by their earliest due date: later periods are due later. */
  private static LocalDate earliestDue(List<Report> periodReports) {
    return periodReports.stream().map(Report::getDueDate).min(Comparator.naturalOrder()).orElse(LocalDate.MIN);
  }

  private static String consolidatorOf(String periodKey, List<ReportingObligation> planObligations) {
    return planObligations.stream().filter(obligation -> periodKey.contains("-" + obligation.getPeriodKind() + "-"))
        .map(obligation -> obligation.getConsolidator().getCode()).findFirst().orElse(null);
  }

  static String symbol(Comparison comparison) {
    return switch (comparison) {
      case AT_LEAST -> "≥";
      case AT_MOST -> "≤";
      case EQUAL -> "=";
    };
  }

  /** A number in the reader's notation, with as many decimals as it has: "75,0" in Vietnamese, "75.0" in English. */
  private static String number(BigDecimal value, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(Math.max(value.scale(), 0));
    format.setMaximumFractionDigits(Math.max(value.scale(), 0));
    return format.format(value);
  }
}
