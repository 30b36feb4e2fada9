package vn.directivecascade.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation tree and the Camunda groups that belong to each organisation. */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

  private static final Logger LOG = LoggerFactory.getLogger(OrganizationService.class);

  /** Lowercase ASCII kebab-case, as the contract with other tools requires. */
  static final Pattern CODE_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final OrganizationRepository organizations;
  private final IdentityService identityService;

  OrganizationService(OrganizationRepository organizations, IdentityService identityService) {
    this.organizations = organizations;
    this.identityService = identityService;
  }

  /**
   * Creates an organisation with its drafters' and approvers' groups; with a read-only identity
   * service (LDAP) the groups are the directory's, so it only warns about missing ones.
   */
  @Transactional
  public Organization create(String code, String name, OrganizationLevel level, String parentCode) {
    if (code == null || !CODE_PATTERN.matcher(code).matches()) {
      throw new IllegalArgumentException("Mã đơn vị phải là chữ thường không dấu, nối bằng '-': " + code);
    }
    if (organizations.findByCode(code).isPresent()) {
      throw new IllegalArgumentException("Mã đơn vị đã tồn tại: " + code);
    }
    Organization parent = parentCode == null ? null : organizations.findByCode(parentCode)
        .orElseThrow(() -> new IllegalArgumentException("Không có đơn vị cấp trên: " + parentCode));
    Organization organization = organizations.save(new Organization(code, name, level, parent));
    createGroup(organization.draftersGroup(), "Soạn thảo – " + name);
    createGroup(organization.approversGroup(), "Lãnh đạo duyệt – " + name);
    return organization;
  }

  public Optional<Organization> find(String code) {
    return code == null ? Optional.empty() : organizations.findByCode(code);
  }

  public List<Organization> children(String code) {
    return organizations.findByParentCodeOrderByName(code);
  }

  /** How many organisations sit directly below each of {@code codes} (absent: none). */
  public Map<String, Long> childCounts(Collection<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return organizations.countChildren(codes).stream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
  }

  /** The organisations above {@code code}, nearest first. */
  public List<Organization> ancestors(String code) {
    return organizations.findAncestors(code);
  }

  /** The organisations with these codes, each with its parent, by code; unknown codes are absent. */
  public Map<String, Organization> findAll(Collection<String> codes) {
    return organizations.findWithParentByCodeIn(codes).stream().collect(Collectors.toMap(Organization::getCode, organization -> organization));
  }

  /** The tree as it is now, to match organisations written by name (an appendix's agencies). */
  public OrganizationNames names() {
    return new OrganizationNames(organizations.findTree().stream()
        .map(row -> new OrganizationNames.Entry((String) row[0], (String) row[1], (String) row[2])).toList());
  }

  /** True when {@code code} lies strictly below {@code ancestorCode} in the tree. */
  public boolean isBelow(String code, String ancestorCode) {
    return ancestors(code).stream().anyMatch(ancestor -> ancestor.getCode().equals(ancestorCode));
  }

  private void createGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    if (identityService.isReadOnly()) {
      LOG.warn("Nhóm {} ({}) chưa có trong thư mục LDAP: tạo nhóm này ở đó để người dùng của đơn vị được giao việc", id, name);
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
  }
}
