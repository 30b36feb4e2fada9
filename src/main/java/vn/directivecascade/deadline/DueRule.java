package vn.directivecascade.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;

/** When reporters are due for a period, as a plan states it (or does not). */
public sealed interface DueRule {

  /** The due day of {@code period} under this rule. */
  LocalDate dueFor(ReportingPeriod period, WorkingDays workingDays);

  /**
   * Fixed dates in the year, one per period in order: "trước ngày 05/11 hằng năm" (annual),
   * "trước ngày 20/6 … trước ngày 20/12" (6-month), or a plan's own list (custom periods).
   */
  record FixedDates(List<MonthDay> dates) implements DueRule {
    public FixedDates {
      if (dates.isEmpty()) {
        throw new IllegalArgumentException("at least one date");
      }
      dates = dates.stream().sorted().toList();
    }

    @Override
    public LocalDate dueFor(ReportingPeriod period, WorkingDays workingDays) {
      int expected = period.kind() == PeriodKind.CUSTOM ? dates.size() : period.kind().periodsPerYear();
      if (dates.size() != expected) {
        throw new IllegalArgumentException("cần " + expected + " ngày cho " + expected + " kỳ mỗi năm, đã nhập " + dates.size());
      }
      return dates.get(period.index() - 1).atYear(period.year());
    }
  }

  /** A day of the month in which a monthly period's data window ends. */
  record DayOfMonth(int day) implements DueRule {
    public DayOfMonth {
      if (day < 1 || day > 31) {
        throw new IllegalArgumentException("day of month " + day);
      }
    }

    @Override
    public LocalDate dueFor(ReportingPeriod period, WorkingDays workingDays) {
      requireKind(period, PeriodKind.MONTHLY, this);
      LocalDate month = period.dataTo();
      return month.withDayOfMonth(Math.min(day, month.lengthOfMonth()));
    }
  }

  /** "Vào tháng 12 hằng năm": by the last day of that month. */
  record InMonth(Month month) implements DueRule {
    @Override
    public LocalDate dueFor(ReportingPeriod period, WorkingDays workingDays) {
      requireKind(period, PeriodKind.ANNUAL, this);
      LocalDate first = LocalDate.of(period.year(), month, 1);
      return first.withDayOfMonth(first.lengthOfMonth());
    }
  }

  /** The plan names no date: the project's default, the first working day after the data window. */
  record DecreeDefault() implements DueRule {
    @Override
    public LocalDate dueFor(ReportingPeriod period, WorkingDays workingDays) {
      return workingDays.nextWorkingDayAfter(period.dataTo());
    }
  }

  private static void requireKind(ReportingPeriod period, PeriodKind kind, DueRule rule) {
    if (period.kind() != kind) {
      throw new IllegalArgumentException("cách ghi hạn này chỉ dùng cho kỳ '" + kind.label() + "'");
    }
  }
}
