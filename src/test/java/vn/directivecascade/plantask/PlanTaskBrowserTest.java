package vn.directivecascade.plantask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.reporting.ReportingDriver;
import vn.directivecascade.web.BrowserTestSupport;

/**
 * In headless chromium: a drafter imports an appendix into their draft from the board, checking it
 * first; a lead agency's drafter finds the demo plan's task in Tasklist with its Vietnamese form.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanTaskBrowserTest extends BrowserTestSupport {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void drafterChecksThenImportsTheAppendixAndABadOneStoresNothing() throws IOException {
    ReportingDriver.clock(2020, 6, 25, 9, 0);
    Task draft = new PlanTaskDriver(engine).draftTask();
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
    assertThat(engine.getTaskService().getVariable(draft.getId(), TaskTableService.IMPORTED_FIELD)).as("checked, not stored").isNull();
    session.screenshot("plan-tasks-import-check.png");

    browser.findElement(By.name("dryRun")).click(); // untick "check only"
    upload(file(PlanTaskTest.APPENDIX, "phu-luc.csv"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.import-stored"))).getText())
        .isEqualTo("Đã lưu 17 nhiệm vụ vào dự thảo.");
    assertThat((String) engine.getTaskService().getVariable(draft.getId(), TaskTableService.IMPORTED_FIELD)).startsWith("17 nhiệm vụ từ tệp phu-luc.csv");

    browser.findElement(By.name("dryRun")).click();
    upload(file(PlanTaskTest.BAD_APPENDIX, "phu-luc-loi.csv"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.error"))).getText())
        .startsWith("Có dòng không hợp lệ: không lưu gì.");
    assertThat(browser.findElements(By.cssSelector("tr.row-invalid"))).hasSize(6);
    assertThat(browser.findElement(By.xpath("//tr[td[2][normalize-space(.)='5']]")).getText()).contains("không hiểu thời gian 'sớm nhất có thể'");
    assertThat((String) engine.getTaskService().getVariable(draft.getId(), TaskTableService.IMPORTED_FIELD))
        .as("the table stored before is kept").startsWith("17 nhiệm vụ từ tệp phu-luc.csv");
    session.screenshot("plan-tasks-import-refused.png");
  }

  @Test
  void leadAgencysDrafterFindsTheDemoPlansTaskInTasklist() throws IOException {
    session.signIn("lai-chau-sldtbxh-drafter");
    session.get("/camunda/app/tasklist/");
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của đơn vị"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Thực hiện nhiệm vụ 1 (năm "))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'Tiến độ, kết quả thực hiện')]")));
    String form = browser.findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(form).contains("Thực hiện nhiệm vụ", "Kế hoạch 916/KH-UBND", "Hạn gốc", "Ý kiến của cơ quan phối hợp",
        "Sở Y tế tỉnh Lai Châu: chưa gửi", "Đề nghị lùi hạn", "Số, ký hiệu văn bản sản phẩm");
    session.screenshot("tasklist-execute-task.png");
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
