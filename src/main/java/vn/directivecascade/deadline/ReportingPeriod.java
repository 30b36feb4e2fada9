package vn.directivecascade.deadline;

import java.time.LocalDate;

/**
 * One reporting period: the {@code index}-th (from 1) of its kind in {@code year}, with the window of
 * data it covers (thời gian chốt số liệu).
 */
public record ReportingPeriod(PeriodKind kind, int year, int index, LocalDate dataFrom, LocalDate dataTo) {

  /** A stable key, e.g. {@code 2025-ANNUAL-1}, {@code 2025-SEMI_ANNUAL-2}. */
  public String key() {
    return year + "-" + kind + "-" + index;
  }

  /** How a civil servant names it: "Năm 2025", "6 tháng 2/2025", "Quý 3/2025", "Tháng 7/2025". */
  public String label() {
    return kind == PeriodKind.ANNUAL ? kind.label() + " " + year : kind.label() + " " + index + "/" + year;
  }
}
