package vn.directivecascade.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.directivecascade.organization.Organization;
import vn.directivecascade.organization.OrganizationService;

/**
 * Who may see and do what, as Camunda authorizations: an organisation's drafters and approvers
 * read its process instances (their tasks come from the tasks' candidate groups), and the approvers
 * of every organisation above it read them too (their subordinates' progress). The project's own
 * endpoints ask the same question of the signed-in user through {@link #maySee} and
 * {@link #mayReadHistoryOf}.
 */
@Service
public class OrganizationAccess {

  private final AuthorizationService authorizations;
  private final IdentityService identityService;
  private final OrganizationService organizations;

  OrganizationAccess(AuthorizationService authorizations, IdentityService identityService, OrganizationService organizations) {
    this.authorizations = authorizations;
    this.identityService = identityService;
    this.organizations = organizations;
  }

  /** Grants read access to a process instance (runtime and history) handled by {@code orgCode}. */
  public void grantInstance(String processInstanceId, String orgCode) {
    grantInstance(processInstanceId, List.of(orgCode));
  }

  /** Grants read access to a process instance that several organisations work on, each reader once. */
  public void grantInstance(String processInstanceId, Collection<String> orgCodes) {
    Set<String> readers = new LinkedHashSet<>();
    orgCodes.forEach(orgCode -> readers.addAll(readersOf(orgCode)));
    for (String group : readers) {
      grant(group, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
      grant(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
    }
  }

  /**
   * Refuses a signed-in user who is not a drafter of {@code orgCode} (or an administrator) to act for
   * it, e.g. to register a document on another organisation's behalf. Engine-internal work (jobs,
   * no signed-in user) passes.
   */
  public void requireDrafterOf(String orgCode) {
    Authentication current = identityService.getCurrentAuthentication();
    if (current == null) {
      return;
    }
    List<String> groups = current.getGroupIds() == null ? List.of() : current.getGroupIds();
    if (!groups.contains(Organization.draftersGroup(orgCode)) && !groups.contains(Groups.CAMUNDA_ADMIN)) {
      throw new AuthorizationException(current.getUserId() + " không thuộc nhóm soạn thảo của đơn vị " + orgCode
          + " nên không thể thay mặt đơn vị này");
    }
  }

  /**
   * Refuses a signed-in user who is not an approver of {@code orgCode}, administrators included: for
   * decisions only the organisation's leaders may take, such as accepting a task's product.
   * Engine-internal work (jobs, no signed-in user) passes.
   */
  public void requireApproverOf(String orgCode, String decision) {
    Authentication current = identityService.getCurrentAuthentication();
    if (current != null && (current.getGroupIds() == null || !current.getGroupIds().contains(Organization.approversGroup(orgCode)))) {
      throw new AuthorizationException(current.getUserId() + " không thuộc lãnh đạo (nhóm " + Organization.approversGroup(orgCode)
          + ") nên không thể " + decision);
    }
  }

  /**
   * Whether the signed-in user may see what belongs to {@code orgCode}: its own groups, an approver
   * above it, or an administrator. Without a signed-in user (engine-internal work, jobs) everything
   * is visible, as in the engine's own authorization checks; every HTTP request past the login has one.
   */
  public boolean maySee(String orgCode) {
    return signedInGroups().map(groups -> groups.contains(Groups.CAMUNDA_ADMIN)
        || readersOf(orgCode).stream().anyMatch(groups::contains)).orElse(true);
  }

  /** Whether the signed-in user may read the history of a process instance, by its Camunda authorizations. */
  public boolean mayReadHistoryOf(String processInstanceId) {
    Optional<List<String>> groups = signedInGroups();
    return groups.isEmpty() || authorizations.isUserAuthorized(SecurityContextHolder.getContext().getAuthentication().getName(),
        groups.get(), HistoricProcessInstancePermissions.READ, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId);
  }

  /**
   * Whether the signed-in user may see the work of the organisations below {@code orgCode}: an
   * approver of it or of an organisation above it, or an administrator (drafters see their own).
   */
  public boolean maySeeBelow(String orgCode) {
    return signedInGroups().map(groups -> groups.contains(Groups.CAMUNDA_ADMIN)
        || groups.contains(Organization.approversGroup(orgCode))
        || organizations.ancestors(orgCode).stream().anyMatch(ancestor -> groups.contains(ancestor.approversGroup()))).orElse(true);
  }

  /** Whether the signed-in user drafts or approves for {@code orgCode} (no database lookup). */
  public boolean isMemberOf(String orgCode) {
    return signedInGroups().map(groups -> groups.contains(Organization.draftersGroup(orgCode))
        || groups.contains(Organization.approversGroup(orgCode))).orElse(true);
  }

  /** Whether the signed-in user approves for {@code orgCode} (no database lookup). */
  public boolean isApproverOf(String orgCode) {
    return signedInGroups().map(groups -> groups.contains(Organization.approversGroup(orgCode))).orElse(true);
  }

  /** Whether the signed-in user is an administrator (member of camunda-admin). */
  public boolean isAdministrator() {
    return signedInGroups().map(groups -> groups.contains(Groups.CAMUNDA_ADMIN)).orElse(false);
  }

  /** The organisations whose drafters' or approvers' group the signed-in user belongs to. */
  public List<String> ownOrganizations() {
    return signedInGroups().orElse(List.of()).stream()
        .map(OrganizationAccess::organizationOfGroup).flatMap(Optional::stream).distinct().toList();
  }

  /** The organisations whose drafters' group the signed-in user belongs to: those they may act for. */
  public List<String> draftingOrganizations() {
    String suffix = Organization.draftersGroup("");
    return signedInGroups().orElse(List.of()).stream().filter(group -> group.endsWith(suffix) && group.length() > suffix.length())
        .map(group -> group.substring(0, group.length() - suffix.length())).distinct().toList();
  }

  private static Optional<String> organizationOfGroup(String groupId) {
    for (String suffix : List.of(Organization.draftersGroup(""), Organization.approversGroup(""))) {
      if (groupId.endsWith(suffix) && groupId.length() > suffix.length()) {
        return Optional.of(groupId.substring(0, groupId.length() - suffix.length()));
      }
    }
    return Optional.empty();
  }

  /** The signed-in user's groups (Spring Security's authorities are their Camunda groups); empty when nobody signed in. */
  private static Optional<List<String>> signedInGroups() {
    org.springframework.security.core.Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return Optional.of(user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
  }

  private List<String> readersOf(String orgCode) {
    List<String> groups = new ArrayList<>(List.of(Organization.draftersGroup(orgCode), Organization.approversGroup(orgCode)));
    organizations.ancestors(orgCode).forEach(ancestor -> groups.add(ancestor.approversGroup()));
    return groups;
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }
}
