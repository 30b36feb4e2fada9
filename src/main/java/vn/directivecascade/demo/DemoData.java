package vn.directivecascade.demo;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.organization.Organization;
import vn.directivecascade.organization.OrganizationService;

/**
 * Demo profile only: the organisation tree of the source documents, a drafter and an approver per
 * organisation and the administrator {@code demo}. Idempotent, so restarts keep the data.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

  static final String PASSWORD = "demo";
  static final String ADMIN = "demo";

  private final OrganizationService organizations;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  DemoData(OrganizationService organizations, IdentityService identityService, AuthorizationService authorizationService) {
    this.organizations = organizations;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (DemoOrganizations.Entry entry : DemoOrganizations.TREE) {
      if (organizations.find(entry.code()).isEmpty()) {
        organizations.create(entry.code(), entry.name(), entry.level(), entry.parentCode());
      }
      user(entry.code() + "-drafter", "Chuyên viên", entry.name(), Organization.draftersGroup(entry.code()));
      user(entry.code() + "-approver", "Lãnh đạo", entry.name(), Organization.approversGroup(entry.code()));
    }
    if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group admins = identityService.newGroup(Groups.CAMUNDA_ADMIN);
      admins.setName("Quản trị hệ thống");
      admins.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(admins);
    }
    user(ADMIN, "Quản trị", "Hệ thống", Groups.CAMUNDA_ADMIN);
    grantAdministratorsEverything();
  }

  /** Administrators may do everything; the webapps also take this as "set up" and skip their setup page. */
  private void grantAdministratorsEverything() {
    for (Resource resource : Resources.values()) {
      boolean granted = authorizationService.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN)
          .resourceType(resource).resourceId(Authorization.ANY).count() > 0;
      if (!granted) {
        Authorization all = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setGroupId(Groups.CAMUNDA_ADMIN);
        all.setResource(resource);
        all.setResourceId(Authorization.ANY);
        all.addPermission(Permissions.ALL);
        authorizationService.saveAuthorization(all);
      }
    }
  }

  private void user(String id, String firstName, String lastName, String groupId) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, groupId);
  }
}
