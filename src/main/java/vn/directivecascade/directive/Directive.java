package vn.directivecascade.directive;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.directivecascade.organization.Organization;

/**
 * A directive document: a central directive, or a plan issued to implement its basis (căn cứ).
 * Số/ký hiệu is unique per issuer and year (enforced by the database as well).
 */
@Entity
@Table(name = "directive")
public class Directive {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false)
  private DocumentType type;

  @Column(name = "doc_number", nullable = false)
  private String number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "issuer_id")
  private Organization issuer;

  @Column(name = "issue_date", nullable = false)
  private LocalDate issueDate;

  @Column(name = "issue_year", nullable = false)
  private int issueYear;

  @Column(nullable = false)
  private String title;

  private String body;

  @Column(name = "signatory_name")
  private String signatoryName;

  @Enumerated(EnumType.STRING)
  @Column(name = "signing_capacity")
  private SigningCapacity signingCapacity;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "basis_id")
  private Directive basis;

  @OneToMany(mappedBy = "directive", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Recipient> recipients = new ArrayList<>();

  protected Directive() {
  }

  Directive(DocumentType type, String number, Organization issuer, LocalDate issueDate, String title) {
    this.type = type;
    this.number = number;
    this.issuer = issuer;
    this.issueDate = issueDate;
    this.issueYear = issueDate.getYear();
    this.title = title;
  }

  void setContent(String body, String signatoryName, SigningCapacity signingCapacity, Directive basis) {
    this.body = body;
    this.signatoryName = signatoryName;
    this.signingCapacity = signingCapacity;
    this.basis = basis;
  }

  void addRecipient(Organization organization, RecipientRole role) {
    boolean present = recipients.stream()
        .anyMatch(r -> r.getOrganization().getCode().equals(organization.getCode()));
    if (!present) {
      recipients.add(new Recipient(this, organization, role));
    }
  }

  public Long getId() {
    return id;
  }

  public DocumentType getType() {
    return type;
  }

  public String getNumber() {
    return number;
  }

  public Organization getIssuer() {
    return issuer;
  }

  public LocalDate getIssueDate() {
    return issueDate;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getSignatoryName() {
    return signatoryName;
  }

  public SigningCapacity getSigningCapacity() {
    return signingCapacity;
  }

  public Directive getBasis() {
    return basis;
  }

  public List<Recipient> getRecipients() {
    return Collections.unmodifiableList(recipients);
  }
}
