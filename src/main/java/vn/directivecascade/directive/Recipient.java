package vn.directivecascade.directive;

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
import vn.directivecascade.organization.Organization;

/** One line of a document's "Nơi nhận". */
@Entity
@Table(name = "directive_recipient")
public class Recipient {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "directive_id")
  private Directive directive;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RecipientRole role;

  protected Recipient() {
  }

  Recipient(Directive directive, Organization organization, RecipientRole role) {
    this.directive = directive;
    this.organization = organization;
    this.role = role;
  }

  public Organization getOrganization() {
    return organization;
  }

  public RecipientRole getRole() {
    return role;
  }
}
