package vn.directivecascade.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.directivecascade.directive.Directive;

/** A plan's target (chỉ tiêu), e.g. "≥ 75 % of non-state enterprises hold workplace dialogue". */
@Entity
@Table(name = "plan_target")
public class Target {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Directive plan;

  @Column(nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Comparison comparison;

  @Column(name = "target_value", nullable = false)
  private BigDecimal value;

  @Column(nullable = false)
  private String unit;

  protected Target() {
  }

  Target(Directive plan, TargetDraft draft) {
    this.plan = plan;
    this.description = draft.description();
    this.comparison = draft.comparison();
    this.value = draft.value();
    this.unit = draft.unit();
  }

  public Long getId() {
    return id;
  }

  /** As the drafter wrote it: "Doanh nghiệp … >= 75 %". */
  public String label() {
    return description + " " + comparison.symbol() + " " + value.stripTrailingZeros().toPlainString() + " " + unit;
  }

  /** A percentage target: its figures are shown as numerator / denominator × 100. */
  public boolean isPercentage() {
    return "%".equals(unit.strip());
  }

  /** Whether a rolled-up value (in the target's unit) meets the target. */
  public boolean isMetBy(BigDecimal rolledUp) {
    return comparison.holds(rolledUp, value);
  }

  public String getDescription() {
    return description;
  }

  public Comparison getComparison() {
    return comparison;
  }

  public BigDecimal getValue() {
    return value;
  }

  public String getUnit() {
    return unit;
  }
}
