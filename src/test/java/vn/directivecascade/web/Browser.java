package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless browser (Debian's chromium and chromedriver, installed by .ci/run) on the
 * application, signed in through its one login page, one per test:
 * {@code @RegisterExtension final Browser session = new Browser(() -> port);}. Screenshots go to
 * target/screenshots, and what the browser showed last is kept as {@code last-<test>.png}, also
 * when the test failed.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final IntSupplier port;
  private final String language;
  private WebDriver driver;
  private WebDriverWait wait;
  private String baseUrl;

  /** {@code port}: the application's, known once Spring has started it; the browser asks for English pages. */
  public Browser(IntSupplier port) {
    this(port, "en-US");
  }

  /** A browser whose user prefers {@code language} (e.g. "vi"), as the webapps read it from the browser. */
  public Browser(IntSupplier port, String language) {
    this.port = port;
    this.language = language;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    assertThat(CHROMIUM).as("chromium (Debian package, installed by .ci/run)").isExecutable();
    assertThat(CHROMEDRIVER).as("chromedriver (Debian package chromium-driver)").isExecutable();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1100", "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    baseUrl = "http://localhost:" + port.getAsInt();
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    if (driver == null) {
      return;
    }
    try {
      screenshot("last-" + context.getRequiredTestMethod().getName() + ".png");
    } finally {
      driver.quit();
      driver = null;
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait await() {
    return wait;
  }

  public String url(String path) {
    return baseUrl + path;
  }

  public void get(String path) {
    driver.get(url(path));
  }

  /** The one login page of the application; the webapps then take the signed-in user from the session. */
  public void signIn(String user) {
    get("/login");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(user);
    driver.findElement(By.name("password")).sendKeys("demo");
    driver.findElement(By.cssSelector("form.login button[type='submit']")).click();
    // back to where the login started: the start page (Spring Security marks a resumed request with ?continue)
    wait.until(ExpectedConditions.urlMatches("^" + baseUrl + "/(\\?continue)?$"));
  }

  /** A computer whose own time zone is {@code zoneId} (e.g. "UTC"), whatever the test machine's. */
  public void inTimeZone(String zoneId) {
    ((ChromeDriver) driver).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zoneId));
  }

  public void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
