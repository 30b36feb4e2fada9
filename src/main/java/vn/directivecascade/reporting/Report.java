package vn.directivecascade.reporting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.organization.Organization;

/** A submitted report of one organisation for one period of a plan; late or not follows from its dates. */
@Entity
@Table(name = "report")
public class Report {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Directive plan;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(name = "period_key", nullable = false)
  private String periodKey;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id")
  private Organization recipient;

  /** The original deadline: an extension never makes a late report on time. */
  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(nullable = false)
  private String results;

  private String difficulties;

  private String proposals;

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
  private List<ReportFigure> figures = new ArrayList<>();

  protected Report() {
  }

  Report(Directive plan, Organization organization, String periodKey, Organization recipient, LocalDate dueDate,
      Instant submittedAt, String results, String difficulties, String proposals) {
    this.plan = plan;
    this.organization = organization;
    this.periodKey = periodKey;
    this.recipient = recipient;
    this.dueDate = dueDate;
    this.submittedAt = submittedAt;
    this.results = results;
    this.difficulties = difficulties;
    this.proposals = proposals;
  }

  void addFigure(Target target, BigDecimal numerator, BigDecimal denominator) {
    figures.add(new ReportFigure(this, target, numerator, denominator));
  }

  public Organization getOrganization() {
    return organization;
  }

  public String getPeriodKey() {
    return periodKey;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getResults() {
    return results;
  }

  public List<ReportFigure> getFigures() {
    return Collections.unmodifiableList(figures);
  }
}
