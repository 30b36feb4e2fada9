package vn.directivecascade.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * No default credentials: before the engine starts (and would create the administrator), refuse to
 * go on unless the administrator's password came from the environment. Spring would otherwise keep
 * an unresolved "${...}" as the password, and Camunda would fall back to the user id. With LDAP the
 * directory checks the administrator's password ({@link LdapAdministratorRequired}).
 */
@Component
@ConditionalOnProperty(prefix = LdapIdentityConfig.PREFIX, name = "enabled", havingValue = "false", matchIfMissing = true)
class AdministratorPasswordRequired extends AbstractProcessEnginePlugin {

  static final String PROPERTY = "camunda.bpm.admin-user.password";
  static final String MESSAGE = "Không có mật khẩu quản trị: đặt biến môi trường DIRECTIVE_CASCADE_ADMIN_PASSWORD"
      + " (No administrator password: set DIRECTIVE_CASCADE_ADMIN_PASSWORD, at least 10 characters with upper and lower"
      + " case, a digit and a special character)";

  private final Environment environment;

  AdministratorPasswordRequired(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    String password;
    try {
      password = environment.getProperty(PROPERTY);
    } catch (IllegalArgumentException unresolved) {
      password = null;
    }
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(MESSAGE);
    }
  }
}
