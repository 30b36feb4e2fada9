package vn.directivecascade.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Figures roll up as sums of numerators over sums of denominators, in the target's unit. */
class FigureSumTest {

  @Test
  void aPercentageIsTheSumsRatioTimesHundredWithOneDecimal() {
    Target atLeast75 = target(Comparison.AT_LEAST, "75", "%");
    FigureSum sum = new FigureSum(new BigDecimal("3"), new BigDecimal("4")).plus(new FigureSum(BigDecimal.ONE, new BigDecimal("2")));
    assertThat(sum.fraction()).isEqualTo("4/6");
    assertThat(sum.valueFor(atLeast75)).as("not the average of 75 % and 50 %").hasValue(new BigDecimal("66.7"));
    assertThat(sum.meets(atLeast75)).isFalse();
    assertThat(new FigureSum(new BigDecimal("9"), new BigDecimal("12")).meets(atLeast75)).as("75.0 >= 75").isTrue();
  }

  @Test
  void anotherUnitIsThePlainRatioAndEveryComparisonHolds() {
    FigureSum perUnit = new FigureSum(new BigDecimal("30"), new BigDecimal("4"));
    assertThat(perUnit.valueFor(target(Comparison.AT_MOST, "8", "cuộc"))).hasValue(new BigDecimal("7.5"));
    assertThat(perUnit.meets(target(Comparison.AT_MOST, "8", "cuộc"))).isTrue();
    assertThat(perUnit.meets(target(Comparison.AT_LEAST, "8", "cuộc"))).isFalse();
    assertThat(new FigureSum(new BigDecimal("20"), new BigDecimal("2")).valueFor(target(Comparison.EQUAL, "10", "cuộc")))
        .hasValue(BigDecimal.TEN);
    assertThat(new FigureSum(new BigDecimal("20"), new BigDecimal("2")).meets(target(Comparison.EQUAL, "10", "cuộc"))).isTrue();
  }

  @Test
  void withoutADenominatorThereIsNoValueAndNothingIsMet() {
    Target atMost5 = target(Comparison.AT_MOST, "5", "%");
    assertThat(FigureSum.ZERO.valueFor(atMost5)).isEmpty();
    assertThat(FigureSum.ZERO.meets(atMost5)).as("no figures meet nothing, not even 'at most'").isFalse();
  }

  private static Target target(Comparison comparison, String value, String unit) {
    return new Target(null, new TargetDraft("Chỉ tiêu", comparison, new BigDecimal(value), unit));
  }
}
