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
import java.time.LocalDate;
import java.util.Optional;
import vn.directivecascade.deadline.DueRule;
import vn.directivecascade.deadline.DueRuleText;
import vn.directivecascade.deadline.PeriodKind;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.organization.Organization;

/**
 * One obligation of a plan's reporting regime (chế độ báo cáo): the organisations implementing the
 * plan report each period by the reporters' deadline to the consolidating agency (the issuer, or
 * the agency the plan names "qua …"), which reports upward by its own, later deadline.
 */
@Entity
@Table(name = "reporting_obligation")
public class ReportingObligation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Directive plan;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_kind", nullable = false)
  private PeriodKind periodKind;

  /** As the plan words it ("05/11", "20/06, 20/12"); empty for the default. */
  @Column(name = "reporter_due")
  private String reporterDue;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "consolidator_id")
  private Organization consolidator;

  @Column(name = "consolidator_due")
  private String consolidatorDue;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  protected ReportingObligation() {
  }

  ReportingObligation(Directive plan, ObligationDraft draft, Organization consolidator) {
    this.plan = plan;
    this.periodKind = draft.periodKind();
    this.reporterDue = draft.reporterDue();
    this.consolidator = consolidator;
    this.consolidatorDue = draft.consolidatorDue();
    this.validUntil = draft.validUntil();
  }

  public Long getId() {
    return id;
  }

  public Directive getPlan() {
    return plan;
  }

  /** The consolidator's own rule upward, if the plan states one. */
  public Optional<DueRule> consolidatorDueRule() {
    return consolidatorDue == null ? Optional.empty() : Optional.of(DueRuleText.parse(consolidatorDue));
  }

  public PeriodKind getPeriodKind() {
    return periodKind;
  }

  public DueRule reporterDueRule() {
    return DueRuleText.parse(reporterDue);
  }

  public String getReporterDue() {
    return reporterDue;
  }

  /** The consolidating agency; the plan's issuer when the plan names none. */
  public Organization getConsolidator() {
    return consolidator != null ? consolidator : plan.getIssuer();
  }

  public String getConsolidatorDue() {
    return consolidatorDue;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }
}
