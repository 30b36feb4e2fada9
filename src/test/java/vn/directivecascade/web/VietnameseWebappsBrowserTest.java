package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * A browser set to English, as on most office PCs, at 1366x768 in UTC: Tasklist and Cockpit are in
 * Vietnamese from our locale files all the same, with the product's name and logo in the header and
 * without the end-of-life banner; on every page a drafter and an approver open, no visible text,
 * placeholder or tooltip is an English label of the shipped en.json. English only for who chose it on
 * our pages; dates and times in Việt Nam's time; a drafter is offered only what they may do; an
 * ended session signs in again on our login page.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VietnameseWebappsBrowserTest {

  /** The engine's names of variable types, shown as they are in the variables table: identifiers, not labels. */
  private static final Set<String> VARIABLE_TYPES = Set.of("Boolean", "Bytes", "Date", "Double", "File", "Integer", "Json",
      "Long", "Null", "Object", "Short", "String", "Xml");
  private static final String TASKLIST = "/camunda/app/tasklist/";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @RegisterExtension final Browser session = new Browser(() -> port, "en-US");
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void officeScreenInUtc() {
    browser = session.driver();
    wait = session.await();
    browser.manage().window().setSize(new Dimension(1366, 768));
    session.inTimeZone("UTC");
  }

  @Test
  void aDrafterAndAnApproverUseTasklistInVietnameseOnly() throws IOException {
    CascadeDriver cascade = new CascadeDriver(engine);
    cascade.start("kon-tum-snv", "kon-tum"); // users no other test signs in as wrongly (the engine throttles)
    ProcessInstance toApprove = cascade.start("soc-trang-skhdt", "soc-trang");
    cascade.submitDraft(toApprove.getId(), List.of());
    Set<String> english = WebappLocales.englishOnly("tasklist");
    assertThat(english).as("what the check looks for").contains("Start process", "History", "Claim", "Add Comment",
        "Select a task in the list.", "Created");

    session.signIn("kon-tum-snv-drafter");
    session.get(TASKLIST);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Bắt đầu quy trình")));
    assertHeader("Triển khai văn bản chỉ đạo – Việc cần làm");
    Set<String> seen = new TreeSet<>(labels());
    openSortMenu();
    seen.addAll(labels());
    session.screenshot("tasklist-sort-menu-vi.png");
    browser.findElement(By.tagName("body")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("— Sở Nội vụ tỉnh Kon Tum"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'Số, ký hiệu kế hoạch')]")));
    seen.addAll(labels());
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Bắt đầu quy trình", "Biểu mẫu", "Lịch sử",
        "Ngày giờ hiển thị theo giờ Việt Nam (UTC+07:00)");
    session.screenshot("tasklist-vi.png");
    for (String tab : List.of("Lịch sử", "Sơ đồ", "Mô tả")) {
      wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(tab))).click();
      seen.addAll(labels());
    }
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Bắt đầu quy trình"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[contains(@class, 'modal')]//a[contains(., 'Triển khai văn bản chỉ đạo')]")));
    seen.addAll(labels());
    session.screenshot("tasklist-start-dialog-vi.png");
    assertThat(seen).as("the drafter's pages: English labels left").doesNotContainAnyElementsOf(english)
        .as("no end-of-life banner").noneMatch(label -> label.contains("Camunda 8"));

    browser.manage().deleteAllCookies();
    session.signIn("soc-trang-skhdt-approver");
    session.get(TASKLIST);
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Duyệt kế hoạch"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'Ý kiến')]")));
    Set<String> approver = new TreeSet<>(labels());
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Lịch sử"))).click();
    approver.addAll(labels());
    assertThat(approver).as("the approver's pages: English labels left").doesNotContainAnyElementsOf(english);
  }

  @Test
  void theAdministratorWatchesCascadesInCockpitInVietnameseOnly() throws IOException {
    CascadeDriver cascade = new CascadeDriver(engine);
    ProcessInstance instance = cascade.start("kon-tum", "chinh-phu");
    cascade.draftApproveAndIssue(instance.getId(), List.of("kon-tum-ldld"));
    Set<String> english = WebappLocales.englishOnly("cockpit");
    assertThat(english).as("what the check looks for").contains("Processes", "Decisions", "Deployments", "State");
    session.signIn("demo");
    session.get("/camunda/app/cockpit/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Quy trình")));
    assertHeader("Triển khai văn bản chỉ đạo – Giám sát");
    Set<String> seen = new TreeSet<>(labels());
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Quy trình", "Quyết định", "Nhiệm vụ", "Bản triển khai",
        "Ngày giờ hiển thị theo giờ Việt Nam (UTC+07:00)");
    session.screenshot("cockpit-vi.png");
    session.get("/camunda/app/cockpit/default/#/processes");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//table//a[contains(., 'Triển khai văn bản chỉ đạo')]")));
    seen.addAll(labels());
    session.get("/camunda/app/cockpit/default/#/process-instance/" + instance.getId() + "/runtime");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-element-id='draft-plan']")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//td[normalize-space()='directiveNumber']")));
    seen.addAll(labels());
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Phiên chạy quy trình được gọi"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//td//a[contains(., 'Triển khai văn bản chỉ đạo')]")));
    seen.addAll(labels());
    session.screenshot("cockpit-called-instances-vi.png");
    seen.removeAll(VARIABLE_TYPES);
    seen.removeAll(engine.getRuntimeService().getVariables(instance.getId()).keySet()); // names, such as "decision"
    assertThat(seen).as("Cockpit's pages: English labels left").doesNotContainAnyElementsOf(english)
        .as("no end-of-life banner").noneMatch(label -> label.contains("Camunda 8"))
        .as("the called instances' first column").contains("Trạng thái");
  }

  @Test
  void englishOnlyForWhoChoseItOnOurPages() throws IOException {
    session.signIn("ha-noi-syt-drafter");
    session.get("/?lang=en");
    session.get(TASKLIST);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Start process")));
    assertHeader("Directive Cascade – Tasklist");
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Select a task in the list.", "Keyboard Shortcuts",
        "Date and Time displayed in local timezone: Asia/Ho_Chi_Minh (UTC+07:00)");
    session.screenshot("tasklist-en.png");

    session.get("/?lang=vi");
    session.get(TASKLIST);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Bắt đầu quy trình")));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Chọn một nhiệm vụ trong danh sách.");
  }

  @Test
  void aDrafterIsOfferedOnlyWhatTheyMayDoTheAdministratorEverything() throws IOException {
    ProcessInstance instance = new CascadeDriver(engine).start("ha-noi-skhdt", "ha-noi");
    String taskId = taskOf(instance).getId();

    session.signIn("ha-noi-skhdt-drafter");
    openInTheList(taskId);
    session.screenshot("tasklist-drafter-task-header.png");
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Bắt đầu quy trình", "Nhận xử lý")
        .doesNotContain("Tạo nhiệm vụ");
    assertThat(displayed(".reset-due-date, .reset-follow-up-date, .unclaim, .reset-assignee, [translate='ADD_GROUPS']"))
        .as("controls that change the task").isEmpty();
    assertThat(displayed("[cam-tasklist-task-meta] .due-date [am-time-ago]")).as("its due date, to read").hasSize(1);
    browser.findElement(By.cssSelector("[cam-tasklist-task-meta] .due-date .view-value")).click();
    browser.findElement(By.cssSelector("[cam-tasklist-task-meta] li.groups > span")).click();
    assertThat(displayed(".inline-editing, .modal-dialog")).as("no editor opens").isEmpty();

    browser.manage().deleteAllCookies();
    session.signIn("demo");
    session.get(TASKLIST + "default/#/?task=" + taskId);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-task-meta].may-update .reset-due-date")));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Tạo nhiệm vụ");
    browser.findElement(By.cssSelector("[cam-tasklist-task-meta] .due-date .view-value")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-task-meta] .due-date.inline-editing")));
    session.screenshot("tasklist-administrator-due-date.png");
  }

  @Test
  void datesAndTimesAreVietnamTimeOnAComputerInUtc() throws IOException {
    ProcessInstance instance = new CascadeDriver(engine).start("ha-noi-svhttdl", "ha-noi");
    TaskService tasks = engine.getTaskService();
    Task task = taskOf(instance);
    // 20:30 in UTC is 03:30 the next morning in Việt Nam
    task.setDueDate(Date.from(Instant.parse("2027-01-15T20:30:00Z")));
    task.setFollowUpDate(Date.from(Instant.now().plus(Duration.ofHours(2)).plus(Duration.ofMinutes(10))));
    tasks.saveTask(task);

    session.signIn("ha-noi-svhttdl-drafter");
    openInTheList(task.getId());
    assertThat(((JavascriptExecutor) browser).executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone"))
        .as("the computer's own time zone").isEqualTo("UTC");
    WebElement header = browser.findElement(By.cssSelector("[cam-tasklist-task-meta]"));
    assertThat(header.findElement(By.cssSelector(".due-date [am-time-ago]")).getAttribute("uib-tooltip"))
        .isEqualTo("Thứ bảy, 16/01/2027 03:30");
    WebElement listed = browser.findElement(By.cssSelector("li.task:has(a[href*='" + task.getId() + "'])"));
    assertThat(listed.findElement(By.cssSelector(".due-date [am-time-ago]")).getAttribute("uib-tooltip"))
        .isEqualTo("Thứ bảy, 16/01/2027 03:30");
    // Tasklist's header reads the follow-up date back from a copy without its offset, the list from the API's
    String followUpInHeader = header.findElement(By.cssSelector(".followup-date [am-time-ago]")).getText();
    assertThat(followUpInHeader).isEqualTo("2 giờ tới")
        .isEqualTo(listed.findElement(By.cssSelector("[am-time-ago='task.followUp']")).getText());
    assertThat(browser.findElement(By.cssSelector("footer")).getText()).contains("Ngày giờ hiển thị theo giờ Việt Nam (UTC+07:00)");
    session.screenshot("tasklist-vietnam-time.png");

    browser.manage().deleteAllCookies();
    session.signIn("demo");
    session.get("/camunda/app/cockpit/default/#/process-instance/" + instance.getId() + "/runtime?tab=user-tasks-tab");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//td[normalize-space()='2027-01-16T03:30:00']")));
    session.screenshot("cockpit-vietnam-time.png");
  }

  @Test
  void anEndedSessionSignsInAgainOnOurLoginPageAndComesBack() throws IOException {
    session.signIn("ha-noi-stc-drafter");
    session.get(TASKLIST);
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị")));
    browser.manage().deleteCookieNamed("JSESSIONID"); // as when the session expires on the server
    browser.findElement(By.partialLinkText("Việc của đơn vị")).click();
    wait.until(ExpectedConditions.urlToBe(session.url("/login?expired")));
    session.screenshot("login-expired.png");

    browser.findElement(By.name("username")).sendKeys("ha-noi-stc-drafter");
    browser.findElement(By.name("password")).sendKeys("demo");
    browser.findElement(By.cssSelector("form.login button[type='submit']")).click();
    wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/default/#/"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-filters] .task-filter.active")))
        .getText()).as("the filter opened when the session ended").contains("Việc của đơn vị");
    assertThat(browser.getCurrentUrl()).contains("filter=");
  }

  private Task taskOf(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  /** Opens the task from the organisation's filter, so it is both in the list and in the task's header. */
  private void openInTheList(String taskId) {
    session.get(TASKLIST);
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.task a[href*='" + taskId + "']"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-task-meta] .due-date [am-time-ago]")));
  }

  private void openSortMenu() {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-sorting-choices] .dropdown-toggle"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-sorting-choices] .dropdown-menu")));
  }

  private List<WebElement> displayed(String selector) {
    return browser.findElements(By.cssSelector(selector)).stream().filter(WebElement::isDisplayed).toList();
  }

  /** The product's name and logo instead of Camunda's, from config.js and user-styles.css. */
  private void assertHeader(String name) {
    WebElement brand = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".navbar-brand .brand-name")));
    assertThat(brand.getText()).isEqualTo(name);
    WebElement logo = browser.findElement(By.cssSelector(".navbar-brand .brand-logo"));
    assertThat(logo.getCssValue("background-image")).contains("/camunda/app/shared/logo.svg");
    assertThat(browser.findElements(By.cssSelector(".navbar-brand .brand-logo svg")))
        .as("Camunda's logo hidden").allMatch(svg -> !svg.isDisplayed());
    assertThat(browser.getTitle()).startsWith(name);
  }

  @SuppressWarnings("unchecked")
  private List<String> labels() {
    return (List<String>) ((JavascriptExecutor) browser).executeScript(TaskForms.VISIBLE_TEXTS);
  }
}
