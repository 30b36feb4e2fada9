package vn.directivecascade.deadline;

/** Kỳ báo cáo: how often an obligation repeats within a year. */
public enum PeriodKind {
  MONTHLY(12, "Tháng"),
  QUARTERLY(4, "Quý"),
  SEMI_ANNUAL(2, "6 tháng"),
  ANNUAL(1, "Năm"),
  /** A plan's own list of fixed dates in the year, one period each. */
  CUSTOM(0, "Kỳ");

  private final int periodsPerYear;
  private final String label;

  PeriodKind(int periodsPerYear, String label) {
    this.periodsPerYear = periodsPerYear;
    this.label = label;
  }

  /** Periods in a year; for CUSTOM, as many as the plan's dates. */
  public int periodsPerYear() {
    return periodsPerYear;
  }

  public String label() {
    return label;
  }
}
