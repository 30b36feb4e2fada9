package vn.directivecascade.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.directivecascade.cascade.DirectiveCascadeProcess;

/**
 * What every signed-in civil servant may do, as global Camunda authorizations (created once, in
 * every profile): open Tasklist, see the process definitions and their forms, see who users and
 * groups are, and register a received directive (the server then checks that they are a drafter of
 * the receiving organisation). Everything else is granted per organisation or to administrators.
 */
@Component
@Order(0)
public class EveryoneGrants implements ApplicationRunner {

  static final String TASKLIST = "tasklist";

  private final AuthorizationService authorizations;

  EveryoneGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    grant(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grant(Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ);
    grant(Resources.PROCESS_DEFINITION, DirectiveCascadeProcess.KEY, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    grant(Resources.USER, Authorization.ANY, Permissions.READ);
    grant(Resources.GROUP, Authorization.ANY, Permissions.READ);
  }

  /** A global grant of {@code permission} on the resource, unless one exists. */
  public void grant(Resource resource, String resourceId, Permission permission) {
    Authorization existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    if (existing == null) {
      authorization.setUserId(Authorization.ANY);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (existing.isPermissionGranted(permission)) {
      return;
    }
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }
}
