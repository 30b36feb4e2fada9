package vn.directivecascade;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For tests that call the application over HTTP. Camunda's REST API, its webapps and their
 * authentication filter find the engine by name in a JVM-wide registry; the test JVM keeps several
 * Spring contexts, each with an engine called "default", and a closing context unregisters the name.
 * Before each test, this points the name at the engine of the test's own context.
 *
 * <p>The webapps (Cockpit, Tasklist, Admin, Welcome) likewise keep their runtime delegates in
 * JVM-wide fields, set when a context's servlet container starts and cleared when any context's
 * stops: a cached context used after another one closed would answer their pages with a 500. Before
 * each test, a cleared delegate is set again (the default ones find engines by name, as above).
 */
public class ServesThisContextsEngine implements BeforeEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    ProcessEngines.registerProcessEngine(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
    if (Cockpit.getRuntimeDelegate() == null) {
      Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    }
    if (Tasklist.getRuntimeDelegate() == null) {
      Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
    }
    if (Admin.getRuntimeDelegate() == null) {
      Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
    }
    if (Welcome.getRuntimeDelegate() == null) {
      Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
    }
  }
}
