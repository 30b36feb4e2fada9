package vn.directivecascade.operations;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs several engine queries as one engine command. For every command that checks authorizations,
 * Camunda 7 first reads the ids of every group named in ACT_RU_AUTHORIZATION (camunda-bpm-platform
 * issue 5485): about 28,000 groups for the national tree, 50-100 ms each time. The queries inside
 * share the command's context, so a page pays that once instead of once per query.
 */
@Component
public class OneEngineCommand {

  private final CommandExecutor executor;

  OneEngineCommand(ProcessEngine engine) {
    this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  public <T> T run(Supplier<T> queries) {
    return executor.execute(commandContext -> queries.get());
  }

  /**
   * Runs reads the caller has already allowed the signed-in user (by {@code OrganizationAccess}) without
   * that user's engine grants, in one command: e.g. a consolidating organisation's drafters read whether
   * their units' reports are open, instances granted to the units and the approvers above them only.
   * Likewise a write the caller has checked: a drafter's imported task table into their own draft,
   * which a candidate's task permission (TASK_WORK) allows only as part of completing it.
   */
  public <T> T runUnrestricted(Supplier<T> reads) {
    return executor.execute(commandContext -> {
      boolean checking = commandContext.isAuthorizationCheckEnabled();
      commandContext.disableAuthorizationCheck();
      try {
        return reads.get();
      } finally {
        if (checking) {
          commandContext.enableAuthorizationCheck();
        }
      }
    });
  }
}
