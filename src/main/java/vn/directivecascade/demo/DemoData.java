package vn.directivecascade.demo;

import org.camunda.bpm.engine.IdentityService;
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
 * Demo profile only: the organisation tree of the source documents and a drafter and an approver per
 * organisation (the administrator {@code demo} comes from application-demo.yaml). Idempotent, so
 * restarts keep the data.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

  static final String PASSWORD = "demo";
  /** A domain reserved for examples (RFC 2606): the demo's mails go to a folder, never to a real inbox. */
  static final String MAIL_DOMAIN = "demo.example";

  private final OrganizationService organizations;
  private final IdentityService identityService;

  DemoData(OrganizationService organizations, IdentityService identityService) {
    this.organizations = organizations;
    this.identityService = identityService;
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
  }

  private void user(String id, String firstName, String lastName, String groupId) {
    User existing = identityService.createUserQuery().userId(id).singleResult();
    if (existing != null) {
      if (existing.getEmail() == null) { // a demo database from before e-mail notifications
        existing.setEmail(id + "@" + MAIL_DOMAIN);
        identityService.saveUser(existing);
      }
      return;
    }
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(id + "@" + MAIL_DOMAIN);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, groupId);
  }
}
