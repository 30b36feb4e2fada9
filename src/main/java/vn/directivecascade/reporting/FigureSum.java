package vn.directivecascade.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Figures for one target added up over several reports, as numerator and denominator: levels roll
 * up exactly, never as an average of percentages. The one place that sums and compares figures
 * (the consolidator's prefilled report, the board's targets page).
 */
public record FigureSum(BigDecimal numerator, BigDecimal denominator) {

  public static final FigureSum ZERO = new FigureSum(BigDecimal.ZERO, BigDecimal.ZERO);

  /** The reports' figures summed per target id, in the order the targets first appear. */
  public static Map<Long, FigureSum> byTarget(Collection<Report> reports) {
    Map<Long, FigureSum> sums = new LinkedHashMap<>();
    reports.forEach(report -> report.getFigures().forEach(figure -> sums.merge(figure.getTarget().getId(),
        new FigureSum(figure.getNumerator(), figure.getDenominator()), FigureSum::plus)));
    return sums;
  }

  public FigureSum plus(FigureSum other) {
    return new FigureSum(numerator.add(other.numerator), denominator.add(other.denominator));
  }

  /**
   * The value in the target's unit: numerator / denominator × 100 with one decimal for a percentage,
   * otherwise the plain ratio with up to two decimals; empty while the denominator is zero.
   */
  public Optional<BigDecimal> valueFor(Target target) {
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    if (target.isPercentage()) {
      return Optional.of(numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP));
    }
    BigDecimal ratio = numerator.divide(denominator, 2, RoundingMode.HALF_UP).stripTrailingZeros();
    return Optional.of(ratio.scale() < 0 ? ratio.setScale(0) : ratio);
  }

  /** Whether the value meets the target (never while there is no value). */
  public boolean meets(Target target) {
    return valueFor(target).map(target::isMetBy).orElse(false);
  }

  /** "9/12", as the numbers were reported. */
  public String fraction() {
    return numerator.stripTrailingZeros().toPlainString() + "/" + denominator.stripTrailingZeros().toPlainString();
  }
}
