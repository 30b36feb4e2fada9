package vn.directivecascade.plantask;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.directivecascade.deadline.TimeFrame;
import vn.directivecascade.deadline.TimeFrameText;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.organization.Organization;

/**
 * One row of a plan's task table (nhiệm vụ): what is to be done, by which lead agency (chủ trì)
 * with which cooperating agencies (phối hợp), what product shows it is done, and by when.
 */
@Entity
@Table(name = "plan_task")
public class PlanTask {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Directive plan;

  @Column(nullable = false)
  private int position;

  @Column(name = "task_number", nullable = false)
  private String number;

  @Column(nullable = false)
  private String content;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lead_id")
  private Organization lead;

  @ManyToMany
  @JoinTable(name = "plan_task_cooperator", joinColumns = @JoinColumn(name = "task_id"),
      inverseJoinColumns = @JoinColumn(name = "organization_id"))
  @OrderBy("name")
  private List<Organization> cooperators = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "product_type", nullable = false)
  private ProductType productType;

  @Column(nullable = false)
  private String product;

  /** As the plan words it; {@link #timeFrame()} reads it. */
  @Column(name = "time_frame", nullable = false)
  private String timeFrameText;

  private String note;

  protected PlanTask() {
  }

  PlanTask(Directive plan, int position, TaskRow row, Organization lead, List<Organization> cooperators) {
    this.plan = plan;
    this.position = position;
    this.number = row.number();
    this.content = row.content();
    this.lead = lead;
    this.cooperators.addAll(cooperators);
    this.productType = ProductType.of(row.product());
    this.product = row.product();
    this.timeFrameText = row.timeFrame();
    this.note = row.note();
  }

  public Long getId() {
    return id;
  }

  public Directive getPlan() {
    return plan;
  }

  public int getPosition() {
    return position;
  }

  public String getNumber() {
    return number;
  }

  public String getContent() {
    return content;
  }

  public Organization getLead() {
    return lead;
  }

  public List<Organization> getCooperators() {
    return Collections.unmodifiableList(cooperators);
  }

  public ProductType getProductType() {
    return productType;
  }

  public String getProduct() {
    return product;
  }

  public String getTimeFrameText() {
    return timeFrameText;
  }

  public TimeFrame timeFrame() {
    return TimeFrameText.parse(timeFrameText);
  }

  public String getNote() {
    return note;
  }
}
