package vn.directivecascade.security;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Users and groups from a directory (LDAP, Active Directory) instead of the engine's tables, switched
 * on by configuration alone ({@code directive-cascade.ldap.enabled=true}). The directory is read
 * only: sign-in binds as the user, and the groups must carry the organisations' group names
 * ({@code lai-chau-drafters}) and {@code camunda-admin}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = LdapIdentityConfig.PREFIX, name = "enabled", havingValue = "true")
class LdapIdentityConfig {

  static final String PREFIX = "directive-cascade.ldap";

  /** Camunda's plugin; every one of its settings is a property under the prefix (server-url, manager-dn, base-dn, …). */
  @Bean
  @ConfigurationProperties(PREFIX)
  LdapIdentityProviderPlugin ldapIdentityProviderPlugin() {
    return new LdapIdentityProviderPlugin();
  }

  /**
   * The directory's {@code camunda-admin} group gets every authorization: the starter grants them only
   * when it creates the administrator itself, which it cannot in a read-only directory.
   */
  @Bean
  AdministratorAuthorizationPlugin ldapAdministratorAuthorizations() {
    AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
    plugin.setAdministratorGroupName(Groups.CAMUNDA_ADMIN);
    return plugin;
  }

  /** Before the starter's administrator creation (order 0), which would fail on a read-only directory without saying why. */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  LdapAdministratorRequired ldapAdministratorRequired(@Value("${camunda.bpm.admin-user.id}") String administratorId) {
    return new LdapAdministratorRequired(administratorId);
  }
}
