package vn.directivecascade.deadline;

/** Kỳ báo cáo: how often an obligation repeats within a year. */
public enum PeriodKind {
  MONTHLY(12, "Tháng", "Hằng tháng"),
  QUARTERLY(4, "Quý", "Hằng quý"),
  SEMI_ANNUAL(2, "6 tháng", "6 tháng"),
  ANNUAL(1, "Năm", "Hằng năm"),
  /** A plan's own list of fixed dates in the year, one period each. */
  CUSTOM(0, "Kỳ", "Kỳ riêng (ngày cố định)");

  private final int periodsPerYear;
  private final String label;
  private final String frequency;

  PeriodKind(int periodsPerYear, String label, String frequency) {
    this.periodsPerYear = periodsPerYear;
    this.label = label;
    this.frequency = frequency;
  }

  /** Periods in a year; for CUSTOM, as many as the plan's dates. */
  public int periodsPerYear() {
    return periodsPerYear;
  }

  /** A period's name: "Năm" 2025, "Quý" I/2025. */
  public String label() {
    return label;
  }

  /** How often, as a plan says it and the drafting form offers it: "Hằng năm", "6 tháng". */
  public String frequency() {
    return frequency;
  }
}
