package vn.directivecascade.tasklist;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.directivecascade.operations.OneEngineCommand;
import vn.directivecascade.organization.Organization;

/** Who may sign an organisation's plan: its leaders, the members of its approvers' group. */
@Component
class Signers {

  private final IdentityService identityService;
  private final OneEngineCommand oneCommand;

  Signers(IdentityService identityService, OneEngineCommand oneCommand) {
    this.identityService = identityService;
    this.oneCommand = oneCommand;
  }

  /** Their full names as Tasklist shows users (first name, then last name). */
  List<String> of(String orgCode) {
    // A drafter may not read the group's memberships under their own authorizations; the names are what every user sees anyway.
    List<User> members = oneCommand.runUnrestricted(() -> identityService.createUserQuery()
        .memberOfGroup(Organization.approversGroup(orgCode)).orderByUserLastName().asc().listPage(0, 200));
    return members.stream().map(user -> (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip())
        .filter(name -> !name.isEmpty()).distinct().toList();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
