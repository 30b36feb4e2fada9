package vn.directivecascade.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which of Camunda's webapps the signed-in user may open, decided as the webapps decide it when
 * they let someone in: the Application authorizations (ACCESS on "cockpit", "admin", "tasklist") of
 * the user and their groups. Our pages link only to those, e.g. {@code th:if="${@webappAccess.mayOpenCockpit()}"}.
 */
@Component
public class WebappAccess {

  // The webapps' application ids, as in Camunda's AuthenticationUtil.APPS; Tasklist's is EveryoneGrants'.
  static final String COCKPIT = "cockpit";
  static final String ADMIN = "admin";

  private final AuthorizationService authorizations;
  private final ProcessEngineConfiguration engineConfiguration;

  WebappAccess(AuthorizationService authorizations, ProcessEngineConfiguration engineConfiguration) {
    this.authorizations = authorizations;
    this.engineConfiguration = engineConfiguration;
  }

  public boolean mayOpenCockpit() {
    return mayOpen(COCKPIT);
  }

  public boolean mayOpenAdmin() {
    return mayOpen(ADMIN);
  }

  public boolean mayOpenTasklist() {
    return mayOpen(EveryoneGrants.TASKLIST);
  }

  /** Whether the signed-in user may open the webapp {@code application}; nobody signed in may open none. */
  private boolean mayOpen(String application) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
      return false;
    }
    if (!engineConfiguration.isAuthorizationEnabled()) {
      return true; // as the webapps: without authorizations every user opens every webapp
    }
    // Spring Security's authorities are the user's Camunda groups (CamundaIdentityAuthenticationProvider).
    List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    return authorizations.isUserAuthorized(user.getName(), groups, Permissions.ACCESS, Resources.APPLICATION, application);
  }
}
