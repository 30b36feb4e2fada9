package vn.directivecascade.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reporting periods and their deadlines (chế độ báo cáo). Data windows follow Decree 09/2019/NĐ-CP
 * Art. 12; a plan's own dates win over the project's default for plans that name none (DESIGN.md).
 */
@Component("reportingCalendar")
public class ReportingCalendar {

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DeadlineProperties properties;
  private final WorkingDays workingDays;

  public ReportingCalendar(DeadlineProperties properties, WorkingDays workingDays) {
    this.properties = properties;
    this.workingDays = workingDays;
  }

  public ZoneId zone() {
    return properties.zone();
  }

  public LocalDate today() {
    return DeadlineInstants.today(properties.zone());
  }

  /**
   * The {@code index}-th period (from 1) of a regular kind in {@code year}. Its data window runs from
   * the 15th of the month before the period to the 14th of its last month: monthly 15/(m-1) → 14/m,
   * quarterly 15/12 → 14/03 …, 6-month 15/12 → 14/06 and 15/06 → 14/12, annual 15/12 → 14/12.
   */
  public ReportingPeriod period(PeriodKind kind, int year, int index) {
    if (kind == PeriodKind.CUSTOM) {
      throw new IllegalArgumentException("custom periods are defined by their dates: use customPeriod");
    }
    requireIndex(index, kind.periodsPerYear());
    int monthsPerPeriod = 12 / kind.periodsPerYear();
    int lastMonth = index * monthsPerPeriod;
    LocalDate from = LocalDate.of(year, lastMonth - monthsPerPeriod + 1, 15).minusMonths(1);
    return new ReportingPeriod(kind, year, index, from, LocalDate.of(year, lastMonth, 14));
  }

  /**
   * The {@code index}-th of a plan's own dates in {@code year}: its data run from the day after the
   * previous date (the last one of the year before, for the first) to the day before its own.
   */
  public ReportingPeriod customPeriod(List<MonthDay> dates, int year, int index) {
    List<MonthDay> sorted = dates.stream().sorted().toList();
    requireIndex(index, sorted.size());
    LocalDate due = sorted.get(index - 1).atYear(year);
    LocalDate previous = index > 1 ? sorted.get(index - 2).atYear(year) : sorted.get(sorted.size() - 1).atYear(year - 1);
    return new ReportingPeriod(PeriodKind.CUSTOM, year, index, previous.plusDays(1), due.minusDays(1));
  }

  /** The day reporters are due for a period. */
  public LocalDate reporterDue(ReportingPeriod period, DueRule rule) {
    return rule.dueFor(period, workingDays);
  }

  /**
   * The day a consolidating agency is due upward: the plan's own rule, or by default a configured
   * number of working days after its reporters.
   */
  public LocalDate consolidatorDue(ReportingPeriod period, LocalDate reporterDue, Optional<DueRule> ownRule) {
    return ownRule.map(rule -> reporterDue(period, rule))
        .orElseGet(() -> workingDays.plusWorkingDays(reporterDue, properties.reporting().consolidationWorkingDays()));
  }

  /**
   * Why a regime is refused, if it is: reporters must be due at least one working day before the
   * agency that consolidates their reports (Decree 09/2019 Art. 8(5)).
   */
  public Optional<String> consolidationGapProblem(LocalDate reporterDue, LocalDate consolidatorDue) {
    if (workingDays.workingDaysBetween(reporterDue, consolidatorDue) >= 1) {
      return Optional.empty();
    }
    return Optional.of("hạn của đơn vị báo cáo (" + VIETNAMESE_DATE.format(reporterDue)
        + ") phải trước hạn của cơ quan tổng hợp (" + VIETNAMESE_DATE.format(consolidatorDue)
        + ") ít nhất một ngày làm việc");
  }

  /** Every period of {@code year} under a rule: a regular kind's, or one per date of a custom list. */
  public List<ReportingPeriod> periodsOf(PeriodKind kind, DueRule rule, int year) {
    List<ReportingPeriod> periods = new ArrayList<>();
    if (kind == PeriodKind.CUSTOM) {
      List<MonthDay> dates = customDates(rule);
      for (int index = 1; index <= dates.size(); index++) {
        periods.add(customPeriod(dates, year, index));
      }
    } else {
      for (int index = 1; index <= kind.periodsPerYear(); index++) {
        periods.add(period(kind, year, index));
      }
    }
    return periods;
  }

  /** The period a {@link ReportingPeriod#key()} names. */
  public ReportingPeriod periodByKey(String key, DueRule rule) {
    String[] parts = key.split("-");
    PeriodKind kind = PeriodKind.valueOf(parts[1]);
    return periodsOf(kind, rule, Integer.parseInt(parts[0])).get(Integer.parseInt(parts[2]) - 1);
  }

  /** The first period whose reporters are due on or after {@code day}. */
  public ReportingPeriod nextPeriod(PeriodKind kind, DueRule rule, LocalDate day) {
    List<ReportingPeriod> candidates = new ArrayList<>();
    for (int year = day.getYear() - 1; year <= day.getYear() + 1; year++) {
      candidates.addAll(periodsOf(kind, rule, year));
    }
    return candidates.stream()
        .filter(period -> !reporterDue(period, rule).isBefore(day))
        .min(Comparator.comparing(period -> reporterDue(period, rule)))
        .orElseThrow();
  }

  /** The day the reporting window opens: a configured number of days before the due day. */
  public LocalDate windowOpens(LocalDate due) {
    return due.minusDays(properties.reporting().windowOpensDaysBefore());
  }

  /** For timer expressions: the instant the window for a due day (ISO, as kept in variables) opens. */
  public Date opensAt(String due) {
    return opensAt(LocalDate.parse(due));
  }

  public Date dueAt(String due) {
    return dueAt(LocalDate.parse(due));
  }

  public Date reminderAt(String due) {
    return reminderAt(LocalDate.parse(due));
  }

  public Date opensAt(LocalDate due) {
    return DeadlineInstants.startOfWorkingDay(windowOpens(due), properties.zone());
  }

  public Date dueAt(LocalDate due) {
    return DeadlineInstants.endOf(due, properties.zone());
  }

  public Date reminderAt(LocalDate due) {
    return DeadlineInstants.startOfWorkingDay(due.minusDays(properties.reporting().reminderDaysBefore()), properties.zone());
  }

  /** Whether a deadline not yet passed is close enough to show as due soon (sắp quá hạn). */
  public boolean isDueSoon(LocalDate due, LocalDate today) {
    return !today.isAfter(due) && !today.isBefore(due.minusDays(properties.reporting().dueSoonDays()));
  }

  /** A deadline on a weekend or public holiday stays where the plan put it, but is shown as such. */
  public Optional<WorkingDays.DayOff> dayOff(LocalDate due) {
    return Optional.ofNullable(workingDays.dayOff(due));
  }

  private static List<MonthDay> customDates(DueRule rule) {
    if (rule instanceof DueRule.FixedDates fixed) {
      return fixed.dates();
    }
    throw new IllegalArgumentException("custom periods need their fixed dates");
  }

  private static void requireIndex(int index, int periods) {
    if (index < 1 || index > periods) {
      throw new IllegalArgumentException("period " + index + " of " + periods);
    }
  }
}
