package vn.directivecascade.notification;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Registers the mail job ({@link SendMailJobHandler}) with the engine, whether or not this node runs a
 * job executor: a node without one still creates mail jobs, and runs them through the management API.
 */
@Component
class SendMailJobPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<MailDispatcher> sender;

  SendMailJobPlugin(ObjectProvider<MailDispatcher> sender) {
    this.sender = sender;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomJobHandlers() == null) {
      configuration.setCustomJobHandlers(new ArrayList<>());
    }
    configuration.getCustomJobHandlers().add(new SendMailJobHandler(sender));
  }
}
