package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;

/**
 * A browser whose user reads Vietnamese (as civil servants' browsers ask for it) gets Tasklist and
 * Cockpit in Vietnamese from our locale files, without the end-of-life banner.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VietnameseWebappsBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @RegisterExtension final Browser session = new Browser(() -> port, "vi");

  @Test
  void aDrafterSeesTasklistInVietnamese() throws IOException {
    new CascadeDriver(engine).start("kon-tum-snv", "kon-tum"); // a user no other test signs in as wrongly (the engine throttles)
    WebDriver browser = session.driver();
    WebDriverWait wait = session.await();
    session.signIn("kon-tum-snv-drafter");
    session.get("/camunda/app/tasklist/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Bắt đầu quy trình")));
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Soạn kế hoạch thực hiện – Sở Nội vụ tỉnh Kon Tum"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'Số, ký hiệu kế hoạch')]")));
    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).contains("Bắt đầu quy trình", "Tạo nhiệm vụ", "Biểu mẫu", "Lịch sử")
        .doesNotContain("Start process", "Create task", "Keyboard Shortcuts", "History", "Diagram", "Claim", "Add Comment")
        .as("no end-of-life banner").doesNotContain("Camunda 8");
    session.screenshot("tasklist-vi.png");
  }

  @Test
  void theAdministratorSeesCockpitInVietnamese() throws IOException {
    WebDriver browser = session.driver();
    session.signIn("demo");
    session.get("/camunda/app/cockpit/");
    session.await().until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Quy trình")));
    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).contains("Quy trình", "Quyết định", "Nhiệm vụ", "Bản triển khai")
        .doesNotContain("Processes", "Decisions", "Human Tasks", "Deployments", "Dashboard", "Running Process Instances")
        .as("no end-of-life banner").doesNotContain("Camunda 8");
    session.screenshot("cockpit-vi.png");
  }
}
