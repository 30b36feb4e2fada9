package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import vn.directivecascade.ServesThisContextsEngine;

/**
 * A drafter who follows a link to Cockpit, in a real browser (Debian's chromium, asking for English
 * pages): our Vietnamese page saying what Cockpit is for and where their work is, not Spring's
 * English error page. Screenshot: target/screenshots/error-403-cockpit.png.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesBrowserTest extends BrowserTestSupport {

  @Test
  void aDrafterOpeningCockpitSeesTheVietnamesePageSayingItIsForAdministrators() throws IOException {
    session.signIn("lai-chau-drafter");
    session.get("/camunda/app/cockpit/");

    WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
    session.screenshot("error-403-cockpit.png");
    assertThat(browser.getCurrentUrl()).isEqualTo(session.url("/camunda/app/cockpit/default/"));
    assertThat(browser.getTitle()).isEqualTo("Bạn không có quyền mở trang này");
    assertThat(heading.getText()).isEqualTo("Bạn không có quyền mở trang này");
    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).contains("Trang Giám sát (Cockpit) và Quản trị (Admin) dành cho quản trị viên.", "Mã lỗi: 403")
        .doesNotContain("Whitelabel", "Forbidden", "Error");
    assertThat(browser.findElements(By.cssSelector("header nav a"))).extracting(WebElement::getText)
        .contains("Tasklist (việc cần làm)").doesNotContain("Cockpit (giám sát)", "Admin (quản trị)");

    browser.findElement(By.linkText("Mở Tasklist để xem việc cần làm")).click();
    wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/default/"));
  }
}
