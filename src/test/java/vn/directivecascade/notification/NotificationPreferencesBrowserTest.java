package vn.directivecascade.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.web.BrowserTestSupport;

/**
 * A civil servant chooses, in a real browser, between a mail per notification and a daily digest; a
 * choice the page does not offer (a tampered form) is refused by the server and changes nothing.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationPreferencesBrowserTest extends BrowserTestSupport {

  private static final String USER = "ha-noi-stc-drafter"; // no other test signs in as this user

  @Autowired MailPreferences preferences;

  @Test
  void aDrafterChoosesTheDailyDigestAndATamperedChoiceIsRefused() throws IOException {
    try {
      session.signIn(USER);
      browser.findElement(By.linkText("Nhận thông báo")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.mail-preference")));
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nhận thông báo qua e-mail");
      assertThat(browser.findElement(By.cssSelector("p.email")).getText()).isEqualTo("Thư gửi đến: " + USER + "@demo.example");
      assertThat(choice("IMMEDIATE").isSelected()).isTrue();

      choice("DAILY_DIGEST").click();
      browser.findElement(By.cssSelector("form.mail-preference button[type='submit']")).click();
      wait.until(ExpectedConditions.textToBe(By.cssSelector("p.saved"), "Đã lưu lựa chọn."));
      session.screenshot("notification-preferences.png");
      session.get("/account/notifications");
      assertThat(choice("DAILY_DIGEST").isSelected()).as("kept").isTrue();
      assertThat(preferences.of(USER)).isEqualTo(MailPreference.DAILY_DIGEST);

      ((JavascriptExecutor) browser).executeScript("document.querySelector(\"input[value='IMMEDIATE']\").value = 'WEEKLY';");
      choice("WEEKLY").click();
      browser.findElement(By.cssSelector("form.mail-preference button[type='submit']")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.error")));
      assertThat(browser.findElement(By.cssSelector("p.error")).getText()).contains("WEEKLY").contains("DAILY_DIGEST");
      assertThat(preferences.of(USER)).as("nothing changed").isEqualTo(MailPreference.DAILY_DIGEST);
    } finally {
      preferences.choose(USER, MailPreference.IMMEDIATE.name());
    }
  }

  private WebElement choice(String value) {
    return browser.findElement(By.cssSelector("form.mail-preference input[value='" + value + "']"));
  }
}
