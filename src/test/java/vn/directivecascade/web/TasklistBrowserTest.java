package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.ServesThisContextsEngine;

/**
 * A drafter in a real browser (Debian's chromium): logs into Tasklist, finds the task through the
 * shared filter and sees the Vietnamese drafting form with the organisations below preselected.
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
  void drafterSeesTheVietnameseDraftingFormInTasklist() throws IOException {
    ProcessInstance instance = new CascadeDriver(engine).start("soc-trang", "chinh-phu");
    login("soc-trang-drafter");

    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Soạn kế hoạch thực hiện – UBND tỉnh Sóc Trăng"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'Số, ký hiệu kế hoạch')]")));
    session.screenshot("tasklist-draft-plan.png");

    String form = browser.findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(form).contains("Soạn kế hoạch thực hiện", "Trích yếu", "Nội dung kế hoạch", "Người ký",
        "Đơn vị cấp dưới phải xây dựng kế hoạch", "Sở Lao động – Thương binh và Xã hội tỉnh Sóc Trăng");
    List<WebElement> checked = browser.findElements(By.cssSelector(".fjs-container input[type='checkbox']:checked"));
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", checked.get(0));
    session.screenshot("tasklist-draft-plan-organisations.png");
    assertThat(checked).as("every department of Sóc Trăng preselected").hasSize(4);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
        .getTaskDefinitionKey()).isEqualTo("draft-plan");
  }

  @Test
  void drafterRegistersADirectiveWithTheStartFormInTasklist() throws IOException {
    String number = CascadeDriver.uniqueNumber("CT/TW");
    login("chinh-phu-drafter");
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Bắt đầu quy trình"))).click();
    // the process in the start dialog, not the header, which carries the product's name too
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[contains(@class, 'modal')]//a[contains(., 'Triển khai văn bản chỉ đạo')]")))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'Vào sổ văn bản chỉ đạo đến')]")));

    choose("Loại văn bản", "Chỉ thị");
    field("Số, ký hiệu").sendKeys(number);
    field("Ngày ban hành").sendKeys("09/03/2019", Keys.TAB);
    field("Trích yếu").sendKeys("Về tăng cường sự lãnh đạo của Đảng đối với việc xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ");
    field("Mã cơ quan ban hành").sendKeys("ban-bi-thu");
    field("Mã đơn vị nhận").sendKeys("khong-co");
    session.screenshot("tasklist-start-form.png");
    startButton().click();
    // The server refuses the unknown organisation and Tasklist shows why; nothing is started.
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), \"không có đơn vị mã 'khong-co'\")]")));
    session.screenshot("tasklist-start-form-refused.png");
    assertThat(instancesOf(number)).isZero();

    field("Mã đơn vị nhận").clear();
    field("Mã đơn vị nhận").sendKeys("chinh-phu");
    startButton().click();
    wait.until(driver -> instancesOf(number) == 1);
    ProcessInstance started = engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals("directiveNumber", number).singleResult();
    assertThat(engine.getRuntimeService().getVariables(started.getId())).containsEntry("orgCode", "chinh-phu")
        .containsEntry("issuerCode", "ban-bi-thu").containsEntry("directiveType", "CHI_THI")
        .containsEntry("issueDate", "2019-09-03").containsEntry("draftDeadline", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).toString());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(started.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo("draft-plan");
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
  void unitDrafterFillsThePeriodicReportWithFiguresPerTarget() throws IOException {
    CascadeDriver driver = new CascadeDriver(engine);
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2025, 10, 23).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    ProcessInstance department;
    try {
      department = driver.start("soc-trang-sldtbxh", "soc-trang");
      Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-SLĐTBXH"), List.of());
      draft.put("reportingPeriodKind", "ANNUAL");
      draft.put("reportingDue", "05/11");
      draft.put("planTargets", "Doanh nghiệp có tổ chức đối thoại | >= | 75 | %");
      engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(department.getId())
          .taskDefinitionKey("draft-plan").singleResult().getId(), draft);
      driver.approve(department.getId());
      driver.executeJobs(); // issued; the 2025 window is open
    } finally {
      ClockUtil.reset();
    }
    engine.getTaskService().claim(engine.getTaskService().createTaskQuery().taskDefinitionKey("prepare-report")
        .taskCandidateGroup("soc-trang-sldtbxh-drafters").singleResult().getId(), "soc-trang-sldtbxh-drafter");
    login("soc-trang-sldtbxh-drafter");
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của tôi"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Lập báo cáo Năm 2025"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'Kết quả thực hiện')]")));
    assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText())
        .contains("Lập báo cáo định kỳ", "Kết quả thực hiện", "Số liệu chỉ tiêu");
    WebElement figures = field("Số liệu chỉ tiêu");
    String prefilled = figures.getAttribute("value");
    assertThat(prefilled).endsWith("| Doanh nghiệp có tổ chức đối thoại >= 75 % |  | ");
    wait.until(ExpectedConditions.elementToBeClickable(field("Kết quả thực hiện"))).sendKeys("Đã tổ chức đối thoại tại 30 doanh nghiệp");
    figures.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE); // form-js keeps its own value: clear() is not enough
    figures.sendKeys(prefilled.substring(0, prefilled.length() - " |  | ".length()) + " | 30 | 40");
    session.screenshot("tasklist-prepare-report.png");
    browser.findElement(By.xpath("//button[normalize-space(.) = 'Complete']")).click();

    // Completed from the browser: the report goes to its approver with the figures as entered.
    wait.until(driverState -> engine.getTaskService().createTaskQuery().taskDefinitionKey("approve-report")
        .taskNameLike("%Sở Lao động – Thương binh và Xã hội tỉnh Sóc Trăng%").count() == 1);
    String instanceId = engine.getTaskService().createTaskQuery().taskDefinitionKey("approve-report")
        .taskNameLike("%Sở Lao động – Thương binh và Xã hội tỉnh Sóc Trăng%").singleResult().getProcessInstanceId();
    assertThat((String) engine.getRuntimeService().getVariable(instanceId, "figures")).endsWith("| 30 | 40");
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

  private long instancesOf(String directiveNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals("directiveNumber", directiveNumber).count();
  }

  /** A form-js field by the start of its label. */
  private WebElement field(String label) {
    WebElement labelElement = browser.findElement(
        By.xpath("//label[contains(@class, 'fjs-form-field-label')][starts-with(normalize-space(.), '" + label + "')]"));
    return browser.findElement(By.id(labelElement.getAttribute("for")));
  }

  private void choose(String label, String option) {
    browser.findElement(By.id(field(label).getAttribute("id") + "-display")).click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.) = '" + option + "']"))).click();
  }

  private WebElement startButton() {
    return browser.findElement(By.xpath("//button[normalize-space(.) = 'Start']"));
  }

  /** Signs in on the application's login page, then opens Tasklist with that session. */
  private void login(String user) {
    session.signIn(user);
    session.get("/camunda/app/tasklist/");
  }
}
