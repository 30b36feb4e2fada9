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
import vn.directivecascade.organization.Organization;

/** A cooperating agency's contribution to one cycle of a task, as it sent it to the lead. */
@Entity
@Table(name = "task_contribution")
public class TaskContribution {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_id")
  private PlanTask task;

  @Column(name = "cycle_key", nullable = false)
  private String cycleKey;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(nullable = false)
  private String content;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected TaskContribution() {
  }

  TaskContribution(PlanTask task, String cycleKey, Organization organization, String content, Instant submittedAt) {
    this.task = task;
    this.cycleKey = cycleKey;
    this.organization = organization;
    this.content = content;
    this.submittedAt = submittedAt;
  }

  public PlanTask getTask() {
    return task;
  }

  public Organization getOrganization() {
    return organization;
  }

  public String getCycleKey() {
    return cycleKey;
  }

  public String getContent() {
    return content;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
