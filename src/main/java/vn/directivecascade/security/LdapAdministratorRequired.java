package vn.directivecascade.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;

/**
 * With LDAP the administrator ({@code camunda.bpm.admin-user.id}) is a directory user in the group
 * {@code camunda-admin}: the starter then leaves them alone, and they hold every authorization. Any
 * other administrator id would make the starter try to create the user in the read-only directory,
 * and fail with only "This identity service implementation is read-only"; refuse it clearly instead.
 */
class LdapAdministratorRequired extends AbstractProcessEnginePlugin {

  private final String administratorId;

  LdapAdministratorRequired(String administratorId) {
    this.administratorId = administratorId;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    long administratorGroups = engine.getIdentityService().createGroupQuery()
        .groupMember(administratorId).groupId(Groups.CAMUNDA_ADMIN).count();
    if (administratorGroups == 0) {
      throw new IllegalStateException("Quản trị viên '" + administratorId + "' không phải thành viên nhóm " + Groups.CAMUNDA_ADMIN
          + " trong LDAP: đặt DIRECTIVE_CASCADE_ADMIN_USER là mã một người dùng LDAP thuộc nhóm đó (With LDAP the administrator '"
          + administratorId + "' must be a directory user in group " + Groups.CAMUNDA_ADMIN
          + ": set DIRECTIVE_CASCADE_ADMIN_USER to such a user's id)");
    }
  }
}
