package vn.directivecascade.plantask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.deadline.TaskCalendar;
import vn.directivecascade.deadline.TimeFrame;
import vn.directivecascade.reporting.ReportingDriver;
import vn.directivecascade.web.BrowserTestSupport;
import vn.directivecascade.web.TaskForms;

/**
 * In headless chromium: a drafter imports an appendix into their draft from the board, checking it
 * first; a lead agency's drafter finds an issued plan's task in Tasklist with its Vietnamese form.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanTaskBrowserTest extends BrowserTestSupport {

  @Autowired TaskCalendar calendar;

  PlanTaskDriver driver;

  @BeforeEach
  void driver() {
    driver = new PlanTaskDriver(engine);
  }

  @AfterEach
  void endTasksAndResetClock() {
    driver.endIssuedPlansTasks();
    ClockUtil.reset();
  }

  @Test
  void drafterChecksThenImportsTheAppendixAndABadOneStoresNothing() throws IOException {
    ReportingDriver.clock(2020, 6, 25, 9, 0);
    Task draft = driver.draftTask();
    session.signIn("ha-noi-drafter");
    session.get("/board/my-work");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("tr[data-task-id='" + draft.getId() + "'] a.import-tasks"))).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Nhập bảng nhiệm vụ của kế hoạch"));

    upload(file(PlanTaskTest.APPENDIX, "phu-luc.csv"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.import-valid"))).getText())
        .startsWith("17 nhiệm vụ hợp lệ, chưa lưu");
    assertThat(browser.findElements(By.cssSelector("tr.row-valid"))).hasSize(17);
    assertThat(browser.findElement(By.xpath("//tr[td[2][normalize-space(.)='3']]")).getText())
        .contains("Liên đoàn Lao động thành phố Hà Nội", "Sở Văn hóa, Thể thao và Du lịch thành phố Hà Nội; Sở Thông tin và Truyền thông thành phố Hà Nội",
            "năm 2021: 31/12/2021");
    assertThat(engine.getTaskService().getVariable(draft.getId(), TaskTableService.FIELD)).as("checked, not stored").isNull();
    session.screenshot("plan-tasks-import-check.png");

    browser.findElement(By.name("dryRun")).click(); // untick "check only"
    upload(file(PlanTaskTest.APPENDIX, "phu-luc.csv"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.import-stored"))).getText())
        .isEqualTo("Đã lưu 17 nhiệm vụ vào dự thảo.");
    assertThat(importedRows(draft)).as("the draft's task table now").isEqualTo(17);

    browser.findElement(By.name("dryRun")).click();
    upload(file(PlanTaskTest.BAD_APPENDIX, "phu-luc-loi.csv"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.error"))).getText())
        .startsWith("Có dòng không hợp lệ: không lưu gì.");
    assertThat(browser.findElements(By.cssSelector("tr.row-invalid"))).hasSize(6);
    assertThat(browser.findElement(By.xpath("//tr[td[2][normalize-space(.)='5']]")).getText()).contains("không hiểu thời gian 'sớm nhất có thể'");
    assertThat(importedRows(draft)).as("the table stored before is kept").isEqualTo(17);
    session.screenshot("plan-tasks-import-refused.png");
  }

  @Test
  void leadAgencysDrafterFindsTheTaskInTasklistWithItsVietnameseForm() throws IOException {
    long plan = driver.issue("7 | Hướng dẫn doanh nghiệp tổ chức đối thoại tại nơi làm việc | Sở Công Thương | Sở Y tế | Văn bản hướng dẫn | Hằng năm |");
    driver.executeJobs(); // this year's cycle opens
    session.signIn("ha-noi-sct-drafter");
    session.get("/camunda/app/tasklist/");
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Thực hiện nhiệm vụ 7 (năm "))).click();
    TaskForms forms = new TaskForms(browser, wait);
    forms.formLoaded();
    assertThat(forms.form().getText()).contains("Thực hiện nhiệm vụ", "Hạn gốc", "Ý kiến của cơ quan phối hợp", "Đề nghị lùi hạn",
        "Tiến độ, kết quả thực hiện", "Số, ký hiệu văn bản sản phẩm");
    assertThat(forms.shown("Nội dung công việc")).isEqualTo("Hướng dẫn doanh nghiệp tổ chức đối thoại tại nơi làm việc");
    assertThat(forms.shown("Sản phẩm")).isEqualTo("Văn bản hướng dẫn");
    assertThat(forms.shown("Ý kiến của cơ quan phối hợp")).isEqualTo("Sở Y tế thành phố Hà Nội: chưa gửi (hạn " + contributionDue() + ")");
    session.screenshot("tasklist-execute-task.png");

    session.get("/board/plans/" + plan + "/tasks");
    WebElement task = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-task='7']")));
    assertThat(task.findElement(By.cssSelector("li[data-cycle] .badge")).getText()).isIn("Đang thực hiện trong hạn", "Sắp đến hạn");
    assertThat(task.findElement(By.cssSelector("td.lead")).getText()).isEqualTo("Sở Công Thương thành phố Hà Nội");
    session.screenshot("board-plan-tasks.png");
  }

  /** This year's cycle is due 31/12; its contribution five working days before. */
  private String contributionDue() {
    return calendar.contributionDue(LocalDate.of(calendar.today().getYear(), 12, 31)).format(TimeFrame.DAY);
  }

  private int importedRows(Task draft) {
    return ((org.camunda.spin.json.SpinJsonNode) engine.getTaskService().getVariable(draft.getId(), TaskTableService.FIELD)).elements().size();
  }

  private void upload(Path file) {
    WebElement input = browser.findElement(By.cssSelector("form.import-tasks input[type='file']"));
    input.sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.cssSelector("form.import-tasks button[type='submit']")).click();
  }

  /** The resource as a file the browser can choose, under the name a drafter's file would have. */
  private static Path file(String resource, String name) throws IOException {
    Path directory = Files.createTempDirectory("plan-tasks");
    Path file = directory.resolve(name);
    Files.write(file, new ClassPathResource(resource).getContentAsByteArray());
    return file;
  }
}
