package vn.directivecascade.web;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every browser test has: the running application, its engine and a browser on it per test. */
public abstract class BrowserTestSupport {

  @LocalServerPort protected int port;
  @Autowired protected ProcessEngine engine;
  @RegisterExtension protected final Browser session = new Browser(() -> port);
  protected WebDriver browser;
  protected WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = session.driver();
    wait = session.await();
  }
}
