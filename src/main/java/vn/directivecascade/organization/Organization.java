package vn.directivecascade.organization;

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

/** A body in the administrative tree (Ban Bí thư, UBND tỉnh, Sở, đơn vị). */
@Entity
@Table(name = "organization")
public class Organization {

  private static final String DRAFTERS = "-drafters";
  private static final String APPROVERS = "-approvers";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "org_level", nullable = false)
  private OrganizationLevel level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Organization parent;

  protected Organization() {
  }

  Organization(String code, String name, OrganizationLevel level, Organization parent) {
    this.code = code;
    this.name = name;
    this.level = level;
    this.parent = parent;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public OrganizationLevel getLevel() {
    return level;
  }

  /** Whether this organisation sits directly below {@code parentCode}. */
  public boolean isChildOf(String parentCode) {
    return parent != null && parent.getCode().equals(parentCode);
  }

  public Organization getParent() {
    return parent;
  }

  public String draftersGroup() {
    return draftersGroup(code);
  }

  public String approversGroup() {
    return approversGroup(code);
  }

  public static String draftersGroup(String organizationCode) {
    return organizationCode + DRAFTERS;
  }

  public static String approversGroup(String organizationCode) {
    return organizationCode + APPROVERS;
  }

  /** The organisation whose drafters or approvers a group is, or null for any other group. */
  public static String codeOfGroup(String groupId) {
    for (String suffix : new String[] {DRAFTERS, APPROVERS}) {
      if (groupId != null && groupId.endsWith(suffix)) {
        return groupId.substring(0, groupId.length() - suffix.length());
      }
    }
    return null;
  }
}
