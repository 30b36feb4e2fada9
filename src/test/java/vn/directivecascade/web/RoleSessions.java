package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * People taking turns in Tasklist: each step is one user's own session (a browser of the given
 * language at the 1366x768 offices use, signed in on the login page, in Tasklist), and every screen a
 * step looks at is saved as a numbered screenshot and checked for English.
 */
public final class RoleSessions implements AutoCloseable {

  /** What would betray an English screen: Tasklist's, Camunda Forms' and Spring's words. */
  public static final List<String> ENGLISH = List.of("Field", "required", "Select", "Start process", "State", "Submit", "Cancel",
      "Whitelabel", "error", "Error", "Complete", "Save", "Claim", "Close", "Create task", "Date and Time", "timezone", "Forbidden",
      "Invalid");

  private final IntSupplier port;
  private final String language;
  private final String screenshots;
  private int shot;
  private Browser session;

  /** {@code screenshots}: the prefix of this run's screenshots, e.g. "walkthrough". */
  public RoleSessions(IntSupplier port, String language, String screenshots) {
    this.port = port;
    this.language = language;
    this.screenshots = screenshots;
  }

  /**
   * One step of {@code user}'s, in a session of their own: the browser (started once for all the
   * steps) forgets the last user's cookies and signs this one in.
   */
  public void as(String user, Step step) throws IOException {
    if (session == null) {
      session = new Browser(port, language);
      session.beforeEach(null);
      session.driver().manage().window().setSize(new Dimension(1366, 768));
    }
    WebDriver driver = session.driver();
    driver.manage().deleteAllCookies();
    session.signIn(user);
    session.get("/camunda/app/tasklist/");
    session.await().until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Việc của đơn vị")));
    try {
      step.run(new TaskForms(driver, session.await()));
    } finally {
      session.screenshot(screenshots + "-" + language + "-last.png"); // what the browser showed last, also when a step failed
    }
  }

  /** Ends the browser (the test's @AfterEach). */
  @Override
  public void close() {
    if (session != null) {
      session.driver().quit();
      session = null;
    }
  }

  /** Saves the screen as the next numbered screenshot and checks that nothing on it is English. */
  public void look(TaskForms forms, String name) throws IOException {
    session.screenshot(screenshots + "-" + language + "-" + String.format("%02d", ++shot) + "-" + name + ".png");
    assertThat(forms.textsWithAnyOf(ENGLISH)).as("English on %s (%s browser)", name, language).isEmpty();
  }

  /** Waits until {@code value} is {@code expected} (for text: contains it), as the server or the page gets there. */
  public static <T> void waitFor(TaskForms forms, Supplier<T> value, T expected) {
    forms.await().until(driver -> {
      try {
        T actual = value.get();
        return actual instanceof String text && expected instanceof String part ? text.contains(part) : expected.equals(actual);
      } catch (RuntimeException notYet) {
        return false;
      }
    });
  }

  @FunctionalInterface
  public interface Step {
    void run(TaskForms forms) throws IOException;
  }
}
