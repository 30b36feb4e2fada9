package vn.directivecascade.reporting;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** How a target's figure must compare with its value (≥ 75 %, ≤ 5 %, = 100 %). */
public enum Comparison {
  AT_LEAST(">=", "≥ (ít nhất)"), AT_MOST("<=", "≤ (nhiều nhất)"), EQUAL("=", "= (bằng)");

  private final String symbol;
  private final String label;

  Comparison(String symbol, String label) {
    this.symbol = symbol;
    this.label = label;
  }

  /** As the drafting form offers it. */
  public String label() {
    return label;
  }

  public String symbol() {
    return symbol;
  }

  /** Whether {@code value} meets {@code goal} under this comparison. */
  public boolean holds(BigDecimal value, BigDecimal goal) {
    return switch (this) {
      case AT_LEAST -> value.compareTo(goal) >= 0;
      case AT_MOST -> value.compareTo(goal) <= 0;
      case EQUAL -> value.compareTo(goal) == 0;
    };
  }

  static Optional<Comparison> fromSymbol(String text) {
    String normalized = text.strip().replace("≥", ">=").replace("≤", "<=");
    return Arrays.stream(values()).filter(c -> c.symbol.equals(normalized)).findFirst();
  }
}
