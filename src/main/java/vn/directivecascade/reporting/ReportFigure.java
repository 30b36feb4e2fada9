package vn.directivecascade.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A reported figure for one target, kept as numerator and denominator so levels add up exactly. */
@Entity
@Table(name = "report_figure")
public class ReportFigure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id")
  private Report report;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "target_id")
  private Target target;

  @Column(nullable = false)
  private BigDecimal numerator;

  @Column(nullable = false)
  private BigDecimal denominator;

  protected ReportFigure() {
  }

  ReportFigure(Report report, Target target, BigDecimal numerator, BigDecimal denominator) {
    this.report = report;
    this.target = target;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  public Target getTarget() {
    return target;
  }

  public BigDecimal getNumerator() {
    return numerator;
  }

  public BigDecimal getDenominator() {
    return denominator;
  }
}
