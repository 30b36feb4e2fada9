package vn.directivecascade.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.reporting.ReportingDriver;
import vn.directivecascade.reporting.ReportingRegimeService;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Elements;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Variables;
import vn.directivecascade.web.BrowserTestSupport;
import vn.directivecascade.web.TaskForms;

/**
 * The board in a real browser (Debian's chromium): an approver opens a directive's tree and follows
 * the link to their Tasklist task, the administrator opens a branch of the tree, and another
 * province's approver finds nothing of it. Screenshots of each page go to target/screenshots.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardBrowserTest extends BrowserTestSupport {

  @Autowired TaskService taskService;

  ProcessInstance province;
  String health;
  String federation;
  String healthApproval;
  /** The number of the plan health implements: its tasks are named after it. */
  String laiChauPlan;

  /** Lai Châu issued its plan; health awaits approval, labour drafts, the federation issued and one district was sent back. */
  @BeforeAll
  void cascadeThroughLaiChau() {
    CascadeDriver driver = new CascadeDriver(engine);
    province = driver.start("lai-chau", "chinh-phu");
    driver.draftApproveAndIssue(province.getId(), List.of("lai-chau-syt", "lai-chau-ldld", "lai-chau-sldtbxh"));
    health = driver.child(province, "lai-chau-syt").getId();
    driver.submitDraft(health, List.of());
    healthApproval = driver.task(health, Elements.APPROVE_PLAN).getId();
    laiChauPlan = (String) engine.getRuntimeService().getVariable(health, Variables.DIRECTIVE_NUMBER);
    federation = driver.child(province, "lai-chau-ldld").getId();
    driver.draftApproveAndIssue(federation, List.of("lai-chau-ldld-tam-duong", "lai-chau-ldld-phong-tho", "lai-chau-ldld-than-uyen"));
    String district = driver.child(federation, "lai-chau-ldld-tam-duong").getId();
    driver.submitDraft(district, List.of());
    taskService.complete(driver.task(district, Elements.APPROVE_PLAN).getId(),
        Map.of(Variables.DECISION, Variables.DECISION_RETURN, Variables.COMMENT, "Bổ sung chỉ tiêu đối thoại"));
  }

  @Test
  void approverOpensTheTreeAndFollowsTheLinkToTheirTaskInTasklist() throws IOException {
    session.signIn("lai-chau-syt-approver");
    browser.findElement(By.linkText("Bảng theo dõi")).click();
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-instance='" + health + "']")));
    assertThat(row.findElement(By.cssSelector("td.progress")).getText()).isEqualTo("0/1");
    session.screenshot("board-directives.png");

    row.findElement(By.cssSelector("a.tree-link")).click();
    WebElement top = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.node[data-org='lai-chau-syt']")));
    assertThat(top.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Chờ lãnh đạo duyệt");
    assertThat(browser.findElements(By.cssSelector("li.node[data-org='lai-chau']"))).as("not the province above").isEmpty();
    session.screenshot("board-tree-approver.png");

    browser.findElement(By.linkText("Việc của tôi")).click();
    WebElement myTask = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-task-id='" + healthApproval + "']")));
    assertThat(myTask.findElement(By.cssSelector(".task-name")).getText()).isEqualTo("Duyệt kế hoạch " + laiChauPlan + " — Sở Y tế tỉnh Lai Châu");
    session.screenshot("board-my-work.png");

    browser.navigate().back();
    top = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.node[data-org='lai-chau-syt']")));
    top.findElement(By.cssSelector("a.tasklist")).click();
    wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'Duyệt kế hoạch " + laiChauPlan
        + " — Sở Y tế tỉnh Lai Châu')]")));
    new TaskForms(browser, wait).formLoaded();
    assertThat(browser.getCurrentUrl()).contains("?task=" + healthApproval);
    assertThat(new TaskForms(browser, wait).form().getText()).contains("Số, ký hiệu kế hoạch", "Trích yếu kế hoạch");
    session.screenshot("board-tasklist-task.png");
  }

  @Test
  void administratorOpensABranchOfTheTreeAndTheLineageOfItsPlan() throws IOException {
    session.signIn("demo");
    session.get("/board/cascades/" + province.getId());
    WebElement federationNode = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.node[data-org='lai-chau-ldld']")));
    assertThat(browser.findElements(By.cssSelector("li.node[data-org='lai-chau-ldld-tam-duong']"))).as("not loaded before it is opened").isEmpty();

    federationNode.findElement(By.cssSelector("summary .org")).click();
    WebElement district = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.node[data-org='lai-chau-ldld-tam-duong']")));
    assertThat(district.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Bị trả lại để sửa");
    assertThat(browser.findElement(By.cssSelector("li.node[data-org='lai-chau-ldld-thanh-pho'] .badge")).getText()).isEqualTo("Chưa bắt đầu");
    assertThat(browser.findElement(By.cssSelector("li.node[data-org='lai-chau-syt'] .badge")).getText()).isEqualTo("Chờ lãnh đạo duyệt");
    session.screenshot("board-tree.png");

    federationNode.findElement(By.cssSelector("summary .org")).click(); // collapses again
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("li.node[data-org='lai-chau-ldld-tam-duong']")));

    browser.findElement(By.cssSelector("li.node[data-org='lai-chau'] a.plan")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.implementing")));
    assertThat(browser.findElements(By.cssSelector("ol.basis > li"))).hasSize(2);
    session.screenshot("board-document.png");
  }

  @Test
  void anotherProvincesApproverFindsNothingOfLaiChau() throws IOException {
    session.signIn("ha-noi-approver");
    session.get("/board");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    assertThat(browser.findElements(By.cssSelector("tr[data-instance='" + province.getId() + "'], tr[data-instance='" + health + "']"))).isEmpty();
    session.screenshot("board-directives-other-province.png");

    session.get("/board/cascades/" + province.getId());
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("404");
    assertThat(browser.findElements(By.cssSelector("li.node"))).isEmpty();
  }

  @Test
  void departmentApproverReadsTheReportingMatrixAndTheTargetsChart() throws IOException {
    ReportingDriver reporting = new ReportingDriver(engine);
    long plan;
    try {
      ReportingDriver.clock(2025, 10, 1, 9, 0);
      plan = reporting.issuePlan("lai-chau-syt", "lai-chau", List.of("lai-chau-syt-bvdk", "lai-chau-syt-cdc", "lai-chau-syt-ttyt-sin-ho"),
          Map.of(ReportingRegimeService.Fields.PERIOD_KIND, "ANNUAL", ReportingRegimeService.Fields.REPORTER_DUE, "05/11",
              ReportingRegimeService.Fields.CONSOLIDATOR_DUE, "05/12",
              ReportingRegimeService.Fields.TARGETS, "Đơn vị tổ chức hội nghị đối thoại tại nơi làm việc | >= | 75 | %"));
      ReportingDriver.clock(2025, 10, 22, 8, 1);
      reporting.executeJobs(); // the 2025 window opens
      ReportingDriver.clock(2025, 10, 23, 10, 0);
      reporting.submit(plan, "lai-chau-syt-bvdk", "2025-ANNUAL-1", 9, 10);
      ReportingDriver.clock(2025, 11, 7, 9, 0);
      reporting.executeJobs();
      reporting.submit(plan, "lai-chau-syt-cdc", "2025-ANNUAL-1", 1, 2);
    } finally {
      ClockUtil.reset();
    }

    session.signIn("lai-chau-syt-approver");
    session.get("/board/documents/" + plan);
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.reporting"))).click();
    WebElement late = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("tr[data-org='lai-chau-syt-cdc'] td[data-period='2025-ANNUAL-1'] .badge")));
    assertThat(late.getText()).isEqualTo("Gửi muộn");
    assertThat(browser.findElement(By.cssSelector("tr[data-org='lai-chau-syt-ttyt-sin-ho'] td[data-period='2025-ANNUAL-1'] .badge"))
        .getText()).isEqualTo("Quá hạn, chưa gửi");
    session.screenshot("board-reporting.png");

    session.get("/board/plans/" + plan + "/targets");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg.target-chart")));
    assertThat(browser.findElements(By.cssSelector("svg.target-chart g.bar"))).hasSize(2);
    assertThat(browser.findElement(By.cssSelector(".rolled-up .value")).getText()).isEqualTo("83,3 %");
    session.screenshot("board-targets.png");
  }
}
