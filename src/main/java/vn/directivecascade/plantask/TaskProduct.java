package vn.directivecascade.plantask;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.directivecascade.directive.Directive;

/**
 * The accepted product of one cycle of a task: its document (number/symbol, date, summary) or the
 * plan the lead issued for it, when the lead's approvers sent it and when the issuer accepted it.
 */
@Entity
@Table(name = "task_product")
public class TaskProduct {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_id")
  private PlanTask task;

  @Column(name = "cycle_key", nullable = false)
  private String cycleKey;

  @Column(name = "number_symbol")
  private String numberSymbol;

  @Column(name = "product_date")
  private LocalDate productDate;

  private String summary;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "product_plan_id")
  private Directive productPlan;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "accepted_at", nullable = false)
  private Instant acceptedAt;

  protected TaskProduct() {
  }

  TaskProduct(PlanTask task, String cycleKey, ProductDocument document, Directive productPlan, Instant sentAt, Instant acceptedAt) {
    this.task = task;
    this.cycleKey = cycleKey;
    this.numberSymbol = document.numberSymbol();
    this.productDate = document.date();
    this.summary = document.summary();
    this.productPlan = productPlan;
    this.sentAt = sentAt;
    this.acceptedAt = acceptedAt;
  }

  public PlanTask getTask() {
    return task;
  }

  public String getCycleKey() {
    return cycleKey;
  }

  public String getNumberSymbol() {
    return numberSymbol;
  }

  public LocalDate getProductDate() {
    return productDate;
  }

  public String getSummary() {
    return summary;
  }

  public Directive getProductPlan() {
    return productPlan;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }
}
