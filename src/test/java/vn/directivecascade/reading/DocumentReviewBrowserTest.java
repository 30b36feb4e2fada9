package vn.directivecascade.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.web.BrowserTestSupport;
import vn.directivecascade.web.TaskForms;

/**
 * In headless chromium: the health department's drafter opens "Đọc văn bản kế hoạch" from Việc của
 * tôi, pastes the department's plan, sees its number and date beside the lines they came from,
 * corrects the title and confirms; the draft has gone from their work and the department's approver
 * finds approve-plan with the corrected title. The province's drafter uploads a received decision as
 * .docx and its cascade starts when, and only when, they confirm. A blank text is refused on the form.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentReviewBrowserTest extends BrowserTestSupport {

  static final String PLAN = "reading/ke-hoach-12-syt-lai-chau.txt";
  static final String CORRECTED_TITLE = "Thực hiện Kế hoạch số 916/KH-UBND ngày 12/5/2020 của UBND tỉnh Lai Châu trong ngành Y tế";

  ProcessInstance instance;

  @AfterEach
  void endTheCascade() {
    if (instance != null) {
      List<String> started = engine.getHistoryService().createHistoricProcessInstanceQuery().rootProcessInstanceId(instance.getId())
          .unfinished().list().stream().map(HistoricProcessInstance::getId).toList();
      engine.getRuntimeService().deleteProcessInstancesIfExists(started, "test ended", true, true, true);
    }
  }

  @Test
  void drafterReadsTheirPlanCorrectsTheTitleAndSubmitsItForApproval() throws IOException {
    CascadeDriver cascade = new CascadeDriver(engine);
    instance = cascade.start("lai-chau-syt", "lai-chau");
    Task draft = cascade.task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN);
    session.signIn("lai-chau-syt-drafter");
    session.get("/board/my-work");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("tr[data-task-id='" + draft.getId() + "'] a.read-plan"))).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Đọc văn bản kế hoạch"));

    paste(new ClassPathResource(PLAN).getContentAsString(StandardCharsets.UTF_8));
    browser.findElement(By.cssSelector("form.read-document button[type='submit']")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kiểm tra thông tin đọc được"));

    assertThat(browser.findElement(By.name("numberSymbol")).getAttribute("value")).isEqualTo("12/KH-SYT");
    assertThat(source("numberSymbol")).contains("Số: 12/KH-SYT");
    assertThat(browser.findElement(By.name("issueDate")).getAttribute("value")).isEqualTo("20/05/2020");
    assertThat(source("issueDate")).contains("Lai Châu, ngày 20 tháng 5 năm 2020");
    assertThat(browser.findElement(By.name("signatoryName")).getAttribute("value")).isEqualTo("Nguyễn Văn Đối");
    assertThat(browser.findElements(By.cssSelector("table.review-basis td.number"))).extracting(WebElement::getText).contains("916/KH-UBND");
    assertThat(browser.findElement(By.name("reporting[0].due")).getAttribute("value")).isEqualTo("05/11");
    assertThat(browser.findElements(By.cssSelector("li.warning"))).extracting(WebElement::getText)
        .as("the plan names 916/KH-UBND, not the document this cascade received")
        .anySatisfy(warning -> assertThat(warning).contains("không nêu căn cứ"));
    session.screenshot("reading-review.png");

    WebElement title = browser.findElement(By.name("title"));
    title.clear();
    title.sendKeys(CORRECTED_TITLE);
    browser.findElement(By.cssSelector("form.review button[type='submit']")).click();

    wait.until(ExpectedConditions.urlContains("/board/my-work"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.flash"))).getText())
        .isEqualTo("Đã gửi kế hoạch để lãnh đạo duyệt.");
    assertThat(browser.findElements(By.cssSelector("tr[data-task-id='" + draft.getId() + "']"))).as("submitted").isEmpty();

    Task approval = cascade.task(instance, DirectiveCascadeProcess.Elements.APPROVE_PLAN);
    browser.findElement(By.cssSelector("form.signed-in button[type='submit']")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
    session.signIn("lai-chau-syt-approver");
    session.get("/board/my-work");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("tr[data-task-id='" + approval.getId() + "'] td.task-name a"))).click();
    TaskForms forms = new TaskForms(browser, wait);
    forms.formLoaded();
    assertThat(forms.shown("Trích yếu kế hoạch")).as("the approver reads the corrected title").isEqualTo(CORRECTED_TITLE);
    session.screenshot("reading-approve-plan.png");
  }

  @Test
  void drafterUploadsAReceivedDecisionAsDocxAndItsCascadeStartsOnlyWhenConfirmed(@TempDir Path folder) throws IOException {
    // A number of its own: the registered document stays in the context's database, where the demo's 416/QĐ-TTg lives too.
    String number = ThreadLocalRandom.current().nextInt(10_000, 100_000) + "/QĐ-TTg";
    Path docx = folder.resolve("quyet-dinh.docx");
    try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
      DocumentTextTest.table(document, List.of(List.of("THỦ TƯỚNG CHÍNH PHỦ\nSố: " + number,
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 25 tháng 3 năm 2020")));
      DocumentTextTest.paragraph(document, "QUYẾT ĐỊNH");
      DocumentTextTest.paragraph(document, "Ban hành Kế hoạch triển khai thực hiện Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư");
      DocumentTextTest.paragraph(document, "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Chỉ thị.");
      document.write(out);
    }
    session.signIn("lai-chau-drafter");
    session.get("/board/my-work");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("header a.read-document"))).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Đọc văn bản"));
    browser.findElement(By.cssSelector("form.read-document input[type='file']")).sendKeys(docx.toAbsolutePath().toString());
    browser.findElement(By.cssSelector("form.read-document button[type='submit']")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kiểm tra thông tin đọc được"));

    assertThat(browser.findElement(By.name("numberSymbol")).getAttribute("value")).isEqualTo(number);
    assertThat(source("numberSymbol")).contains("Số: " + number);
    assertThat(new Select(browser.findElement(By.name("documentType"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("QUYET_DINH");
    assertThat(new Select(browser.findElement(By.name("issuerCode"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("chinh-phu");
    assertThat(new Select(browser.findElement(By.name("orgCode"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("lai-chau");
    assertThat(browser.findElement(By.name("issueDate")).getAttribute("value")).isEqualTo("25/03/2020");
    assertThat(received(number)).as("nothing is created before the person confirms").isEmpty();

    browser.findElement(By.cssSelector("form.review button[type='submit']")).click();
    wait.until(ExpectedConditions.urlContains("/board/cascades/"));
    List<ProcessInstance> started = received(number);
    assertThat(started).hasSize(1);
    instance = started.get(0);
    assertThat(browser.getCurrentUrl()).endsWith("/board/cascades/" + instance.getId());
    Map<String, Object> variables = engine.getRuntimeService().getVariables(instance.getId());
    assertThat(variables).containsEntry(DirectiveCascadeProcess.Variables.ORG_CODE, "lai-chau")
        .containsEntry(DirectiveCascadeProcess.Variables.ISSUER_CODE, "chinh-phu")
        .containsEntry(DirectiveCascadeProcess.Variables.ISSUE_DATE, "2020-03-25");
  }

  @Test
  void aBlankTextIsRefusedOnTheForm() {
    session.signIn("lai-chau-syt-drafter");
    session.get("/board/my-work");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("header a.read-document"))).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Đọc văn bản"));
    paste("   ");
    browser.findElement(By.cssSelector("form.read-document button[type='submit']")).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.error[data-field='text']"))).getText())
        .contains("văn bản trống");
  }

  private void paste(String text) {
    WebElement area = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.read-document textarea[name='text']")));
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", area, text);
  }

  private List<ProcessInstance> received(String number) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DirectiveCascadeProcess.KEY)
        .variableValueEquals(DirectiveCascadeProcess.Variables.DIRECTIVE_NUMBER, number).list();
  }

  private String source(String field) {
    return browser.findElement(By.cssSelector("tr[data-field='" + field + "'] td.source")).getText();
  }
}
