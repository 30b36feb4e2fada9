package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * application, signed in through its one login page. Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  private Browser(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    this.baseUrl = baseUrl;
  }

  public static Browser open(int port) {
    assertThat(CHROMIUM).as("chromium (Debian package, installed by .ci/run)").isExecutable();
    assertThat(CHROMEDRIVER).as("chromedriver (Debian package chromium-driver)").isExecutable();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1100");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
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

  public void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /** Keeps what the browser showed last, also when the test failed, as {@code last-<test>.png}. */
  public void close(String testName) throws IOException {
    try {
      screenshot("last-" + testName + ".png");
    } finally {
      driver.quit();
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
