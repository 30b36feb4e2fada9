package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;

/**
 * A browser whose user reads Vietnamese (as civil servants' browsers ask for it) gets Tasklist and
 * Cockpit in Vietnamese from our locale files, with the product's name and logo in the header and
 * without the end-of-life banner. On every page a drafter and an approver open, no visible text,
 * placeholder or tooltip is an English label of the shipped en.json.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VietnameseWebappsBrowserTest {

  /** Every visible text node, placeholder, tooltip and accessible label of the page, trimmed. */
  private static final String VISIBLE_LABELS = """
      const labels = new Set();
      const visible = element => element && element.getClientRects().length > 0
          && getComputedStyle(element).visibility !== 'hidden';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode.textContent.trim();
        if (text && visible(walker.currentNode.parentElement)) labels.add(text);
      }
      document.querySelectorAll('[placeholder], [title], [aria-label]').forEach(element => {
        if (!visible(element)) return;
        ['placeholder', 'title', 'aria-label'].forEach(name => {
          const value = (element.getAttribute(name) || '').trim();
          if (value) labels.add(value);
        });
      });
      return Array.from(labels);
      """;

  /** The engine's names of variable types, shown as they are in the variables table: identifiers, not labels. */
  private static final Set<String> VARIABLE_TYPES = Set.of("Boolean", "Bytes", "Date", "Double", "File", "Integer", "Json",
      "Long", "Null", "Object", "Short", "String", "Xml");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @RegisterExtension final Browser session = new Browser(() -> port, "vi");

  @Test
  void aDrafterAndAnApproverUseTasklistInVietnameseOnly() throws IOException {
    CascadeDriver cascade = new CascadeDriver(engine);
    cascade.start("kon-tum-snv", "kon-tum"); // users no other test signs in as wrongly (the engine throttles)
    ProcessInstance toApprove = cascade.start("soc-trang-skhdt", "soc-trang");
    cascade.submitDraft(toApprove.getId(), List.of());
    WebDriver browser = session.driver();
    WebDriverWait wait = session.await();
    Set<String> english = WebappLocales.englishOnly("tasklist");
    assertThat(english).as("what the check looks for").contains("Start process", "History", "Claim", "Add Comment");

    session.signIn("kon-tum-snv-drafter");
    session.get("/camunda/app/tasklist/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Bắt đầu quy trình")));
    assertHeader("Triển khai văn bản chỉ đạo – Việc cần làm");
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Soạn kế hoạch thực hiện – Sở Nội vụ tỉnh Kon Tum"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'Số, ký hiệu kế hoạch')]")));
    Set<String> seen = new TreeSet<>(labels());
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Bắt đầu quy trình", "Tạo nhiệm vụ", "Biểu mẫu", "Lịch sử");
    session.screenshot("tasklist-vi.png");
    for (String tab : List.of("Lịch sử", "Sơ đồ", "Mô tả")) {
      wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(tab))).click();
      seen.addAll(labels());
    }
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Bắt đầu quy trình"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[contains(@class, 'modal')]//a[contains(., 'Triển khai văn bản chỉ đạo')]")));
    seen.addAll(labels());
    assertThat(seen).as("the drafter's pages: English labels left").doesNotContainAnyElementsOf(english)
        .as("no end-of-life banner").noneMatch(label -> label.contains("Camunda 8"));

    browser.manage().deleteAllCookies();
    session.signIn("soc-trang-skhdt-approver");
    session.get("/camunda/app/tasklist/");
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Duyệt kế hoạch thực hiện – Sở Kế hoạch và Đầu tư tỉnh Sóc Trăng"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'Ý kiến')]")));
    Set<String> approver = new TreeSet<>(labels());
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Lịch sử"))).click();
    approver.addAll(labels());
    assertThat(approver).as("the approver's pages: English labels left").doesNotContainAnyElementsOf(english);
  }

  @Test
  void theAdministratorWatchesCascadesInCockpitInVietnameseOnly() throws IOException {
    ProcessInstance instance = new CascadeDriver(engine).start("kon-tum-snv", "kon-tum");
    WebDriver browser = session.driver();
    WebDriverWait wait = session.await();
    Set<String> english = WebappLocales.englishOnly("cockpit");
    assertThat(english).as("what the check looks for").contains("Processes", "Decisions", "Deployments");
    session.signIn("demo");
    session.get("/camunda/app/cockpit/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Quy trình")));
    assertHeader("Triển khai văn bản chỉ đạo – Giám sát");
    Set<String> seen = new TreeSet<>(labels());
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Quy trình", "Quyết định", "Nhiệm vụ", "Bản triển khai");
    session.screenshot("cockpit-vi.png");
    session.get("/camunda/app/cockpit/default/#/processes");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//table//a[contains(., 'Triển khai văn bản chỉ đạo')]")));
    seen.addAll(labels());
    session.get("/camunda/app/cockpit/default/#/process-instance/" + instance.getId() + "/runtime");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-element-id='draft-plan']")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//td[normalize-space()='directiveNumber']")));
    seen.addAll(labels());
    seen.removeAll(VARIABLE_TYPES);
    assertThat(seen).as("Cockpit's pages: English labels left").doesNotContainAnyElementsOf(english)
        .as("no end-of-life banner").noneMatch(label -> label.contains("Camunda 8"));
  }

  /** The product's name and logo instead of Camunda's, from config.js and user-styles.css. */
  private void assertHeader(String name) {
    WebElement brand = session.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".navbar-brand .brand-name")));
    assertThat(brand.getText()).isEqualTo(name);
    WebElement logo = session.driver().findElement(By.cssSelector(".navbar-brand .brand-logo"));
    assertThat(logo.getCssValue("background-image")).contains("/camunda/app/shared/logo.svg");
    assertThat(session.driver().findElements(By.cssSelector(".navbar-brand .brand-logo svg")))
        .as("Camunda's logo hidden").allMatch(svg -> !svg.isDisplayed());
    assertThat(session.driver().getTitle()).startsWith(name);
  }

  @SuppressWarnings("unchecked")
  private List<String> labels() {
    return (List<String>) ((JavascriptExecutor) session.driver()).executeScript(VISIBLE_LABELS);
  }
}
