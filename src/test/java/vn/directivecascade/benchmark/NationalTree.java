package vn.directivecascade.benchmark;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directivecascade.organization.OrganizationLevel;
import vn.directivecascade.organization.OrganizationService;
import vn.directivecascade.rest.EngineRestClient;

/** Puts a {@link NationalShape} into the organisation tree (with its Camunda groups) and adds users to its groups. */
@Component
class NationalTree {

  private final OrganizationService organizations;
  private final IdentityService identityService;
  private final TransactionTemplate transactions;

  NationalTree(OrganizationService organizations, IdentityService identityService, TransactionTemplate transactions) {
    this.organizations = organizations;
    this.identityService = identityService;
    this.transactions = transactions;
  }

  /** Creates the tree unless its root exists already; whether it did. */
  boolean buildIfMissing(NationalShape shape) {
    if (organizations.find(NationalShape.ROOT).isPresent()) {
      return false;
    }
    organizations.create(NationalShape.ROOT, "Cơ quan trung ương (benchmark)", OrganizationLevel.CENTRAL, null);
    for (String province : shape.provinceCodes()) {
      transactions.executeWithoutResult(status -> {
        organizations.create(province, "Tỉnh " + province, OrganizationLevel.PROVINCE, NationalShape.ROOT);
        for (String department : shape.childrenOf(province)) {
          organizations.create(department, "Sở " + department, OrganizationLevel.DEPARTMENT, province);
          for (String unit : shape.childrenOf(department)) {
            organizations.create(unit, "Đơn vị " + unit, OrganizationLevel.UNIT, department);
          }
        }
      });
    }
    return true;
  }

  /** A user with the demo password in one group, as a civil servant of that organisation. */
  void addUser(String userId, String lastName, String group) {
    User user = identityService.newUser(userId);
    user.setFirstName("Cán bộ");
    user.setLastName(lastName);
    user.setEmail(userId + "@benchmark.example");
    user.setPassword(EngineRestClient.DEMO_PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(userId, group);
  }
}
