package vn.directivecascade;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For tests that call the application over HTTP. Camunda's REST API, its webapps and their
 * authentication filter find the engine by name in a JVM-wide registry; the test JVM keeps several
 * Spring contexts, each with an engine called "default", and a closing context unregisters the name.
 * Before each test, this points the name at the engine of the test's own context.
 */
public class ServesThisContextsEngine implements BeforeEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    ProcessEngines.registerProcessEngine(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
  }
}
