package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;

/**
 * The login and start pages in a real browser (Debian's chromium), and what the administrator sees of
 * cascades and reporting timers in Cockpit. The forms of Tasklist: TasklistWalkthroughBrowserTest.
 * Screenshots go to target/screenshots.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class TasklistBrowserTest extends BrowserTestSupport {

  @Test
  void loginAndWelcomePagesAreVietnameseWithTheDemoLoginsAndSwitchToEnglish() throws IOException {
    browser.get("http://localhost:" + port + "/");
    wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/login"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
    assertThat(browser.findElements(By.cssSelector("section.demo td code"))).extracting(WebElement::getText)
        .contains("demo", "lai-chau-drafter", "lai-chau-syt-bvdk-drafter");
    session.screenshot("login.png");
    // a wrong password also delays this user's next sign-in (the engine's throttling): a user no other test uses
    browser.findElement(By.name("username")).sendKeys("soc-trang-ldld-drafter");
    browser.findElement(By.name("password")).sendKeys("sai");
    browser.findElement(By.cssSelector("form.login button[type='submit']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.error")));
    assertThat(browser.findElement(By.cssSelector("p.error")).getText()).startsWith("Sai tên đăng nhập hoặc mật khẩu");

    session.signIn("demo");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Triển khai văn bản chỉ đạo");
    assertThat(browser.findElement(By.linkText("Tasklist (việc cần làm)")).getAttribute("href")).endsWith("/camunda/app/tasklist/");
    session.screenshot("welcome.png");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Directive Cascade"));
    browser.get("http://localhost:" + port + "/");
    assertThat(browser.findElement(By.tagName("h1")).getText()).as("the choice is remembered").isEqualTo("Directive Cascade");
  }

  @Test
  void administratorSeesTheCascadeAsAnInstanceHierarchyInCockpit() throws IOException {
    CascadeDriver driver = new CascadeDriver(engine);
    ProcessInstance department = driver.start("lai-chau-syt", "lai-chau");
    driver.draftApproveAndIssue(department.getId(), List.of("lai-chau-syt-bvdk", "lai-chau-syt-cdc"));

    session.signIn("demo");
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + department.getId()
        + "/runtime?tab=called-process-instances-tab");

    // The diagram is drawn from the BPMN's DI, the running call activity marked with its two instances.
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-element-id='CallActivity_CascadeToOrganisationsBelow']")));
    assertThat(browser.findElements(By.cssSelector("[data-element-id='draft-plan']"))).isNotEmpty();
    List<String> children = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(department.getId()).list().stream().map(ProcessInstance::getId).toList();
    assertThat(children).hasSize(2);
    for (String child : children) {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText(child)));
    }
    session.screenshot("cockpit-cascade.png");
  }

  @Test
  void administratorSeesTheReportingWindowTimerInCockpit() throws IOException {
    CascadeDriver driver = new CascadeDriver(engine);
    ProcessInstance federation = driver.start("ha-noi-ldld", "ha-noi");
    Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-LĐLĐ"), List.of());
    draft.put("reportingPeriodKind", "SEMI_ANNUAL");
    draft.put("reportingDue", "20/06, 20/12");
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(federation.getId())
        .taskDefinitionKey("draft-plan").singleResult().getId(), draft);
    driver.approve(federation.getId());
    driver.executeJobs();
    Long plan = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(federation.getId())
        .variableName("issuedPlanId").singleResult().getValue();
    ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("reporting-cycle")
        .variableValueEquals("planId", plan).singleResult();
    Date due = engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).timers().singleResult().getDuedate();

    session.signIn("demo");
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + cycle.getId() + "/runtime");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-element-id='Timer_ReportingWindowOpens']")));
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Tác vụ nền"))).click();
    // Cockpit shows it in Vietnam time, e.g. 2026-12-06T08:00:00
    String dueInVietnam = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh")).format(due.toInstant());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Mở kỳ báo cáo"));
    session.screenshot("cockpit-reporting-timer.png");
    assertThat(browser.findElement(By.tagName("body")).getText()).as("the window timer's due date in Vietnam time")
        .contains(dueInVietnam);
  }
}
