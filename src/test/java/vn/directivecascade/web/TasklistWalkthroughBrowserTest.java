package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.reporting.PeriodicReportProcess;
import vn.directivecascade.reporting.Report;
import vn.directivecascade.reporting.ReportRepository;

/**
 * The whole life of a directive in a real browser at the 1366x768 offices use, each role in its own
 * session: the province's drafter registers a received
 * directive, drafts its plan (an impossible day refused on the spot, a server refusal shown beside its
 * field), the approver sees everything the plan says, returns it with a comment, the drafter gets it
 * back and redrafts, the approver approves; the plan cascades to the department, whose drafter and
 * approver issue its plan; the department then reports on the period and its approver approves. The
 * browser asks for English, as office PCs often do: every form must still be Vietnamese, with no
 * English word left (a Vietnamese browser: PlanTaskFormsBrowserTest). A screenshot of every form
 * lands in target/screenshots (walkthrough-en-US-…).
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistWalkthroughBrowserTest {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ReportRepository reports;

  private RoleSessions roles;

  /** The engine's day: 23/10/2025, inside the 2025 reporting window (05/11, opening 14 days before). */
  @BeforeEach
  void onTheReportingWindowsDay() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2025, 10, 23).atTime(9, 0).atZone(VIETNAM).toInstant()));
  }

  @AfterEach
  void closeTheBrowserAndResetTheClock() {
    if (roles != null) {
      roles.close();
    }
    ClockUtil.reset();
  }

  @Test
  void aDirectiveFromRegistrationToTheDepartmentsApprovedReport() throws IOException {
    roles = new RoleSessions(() -> port, "en-US", "walkthrough");
    String directive = CascadeDriver.uniqueNumber("CT/TW");
    String plan = CascadeDriver.uniqueNumber("KH-UBND");
    String departmentPlan = CascadeDriver.uniqueNumber("KH-SYT");

    // The province's drafter registers the received directive.
    as("lai-chau-drafter", forms -> {
      forms.startProcess("Triển khai văn bản chỉ đạo");
      forms.choose("Loại văn bản", "Chỉ thị");
      forms.type("Số, ký hiệu", directive);
      forms.typeAndLeave("Ngày ban hành", "31/02/2025");
      assertThat(forms.message("Ngày ban hành")).as("an impossible day, refused on the spot")
          .isEqualTo("'31/02/2025': tháng 2 năm 2025 không có ngày 31 (chỉ có 28 ngày).");
      forms.type("Trích yếu", "Về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng");
      forms.press("Bắt đầu");
      assertThat(forms.summary()).as("and at the start button").contains("Ngày ban hành: '31/02/2025'");
      assertThat(registered(directive)).as("nothing registered").isNull();
      forms.typeAndLeave("Ngày ban hành", "15/10/2025");
      assertThat(forms.message("Ngày ban hành")).isEmpty();
      forms.search("Cơ quan ban hành", "ban bi thu", "Ban Bí thư Trung ương Đảng");
      forms.search("Đơn vị nhận để triển khai", "lai chau", "UBND tỉnh Lai Châu");
      look(forms, "start-form");
      forms.press("Bắt đầu");
      waitFor(forms, () -> registered(directive) != null, true);
    });
    ProcessInstance province = registered(directive);
    assertThat(engine.getRuntimeService().getVariable(province.getId(), DirectiveCascadeProcess.Variables.ISSUE_DATE))
        .as("the day typed, as it was typed").isEqualTo("2025-10-15");

    // The drafter drafts the plan; the server refuses a plan dated before the directive, beside that field.
    as("lai-chau-drafter", forms -> {
      forms.openTask("Việc của đơn vị", "Soạn kế hoạch " + directive + " — UBND tỉnh Lai Châu", openTask(province).getId());
      forms.claim();
      forms.type("Số, ký hiệu kế hoạch", plan);
      forms.typeAndLeave("Ngày ban hành kế hoạch", "10/10/2025");
      forms.type("Trích yếu kế hoạch", "Kế hoạch thực hiện Chỉ thị " + directive);
      forms.type("Nội dung kế hoạch", "I. MỤC ĐÍCH, YÊU CẦU\nII. NHIỆM VỤ, GIẢI PHÁP");
      forms.search("Người ký", "lanh dao", "Lãnh đạo UBND tỉnh Lai Châu");
      forms.choose("Thẩm quyền ký", "TM. (thay mặt)");
      forms.tickOnly("Đơn vị cấp dưới phải xây dựng kế hoạch", "Sở Y tế tỉnh Lai Châu");
      forms.choose("Kỳ báo cáo", "Hằng năm");
      forms.type("Hạn báo cáo của đơn vị thực hiện", "05/11");
      WebElement target = forms.addRow("Chỉ tiêu", "Thêm chỉ tiêu");
      forms.type(target, "Nội dung", "Đơn vị tổ chức đối thoại tại nơi làm việc");
      forms.choose(target, "So sánh", "≥ (ít nhất)");
      forms.type(target, "Giá trị", "75");
      forms.type(target, "Đơn vị tính", "%");
      WebElement task = forms.addRow("Nhiệm vụ (phụ lục)", "Thêm nhiệm vụ");
      forms.type(task, "TT", "1");
      forms.type(task, "Nội dung công việc", "Tuyên truyền, phổ biến Chỉ thị trong ngành y tế");
      forms.search(task, "Cơ quan chủ trì", "y te", "Sở Y tế tỉnh Lai Châu");
      forms.type(task, "Sản phẩm", "Báo cáo kết quả");
      forms.type(task, "Thời gian", "Năm 2025");
      look(forms, "draft-plan");
      forms.press("Hoàn thành");
      waitFor(forms, () -> forms.message("Ngày ban hành kế hoạch"), "ngày 10/10/2025 trước ngày ban hành văn bản căn cứ (15/10/2025)");
      assertThat(forms.summary()).contains("Ngày ban hành kế hoạch");
      look(forms, "draft-plan-refused");
      assertThat(openTask(province).getTaskDefinitionKey()).as("the task stays open").isEqualTo("draft-plan");
      forms.typeAndLeave("Ngày ban hành kế hoạch", "20/10/2025");
      forms.press("Hoàn thành");
      waitForTask(forms, province, "approve-plan");
    });

    // The approver reads what they sign, and returns it with a comment (which the form requires).
    as("lai-chau-approver", forms -> {
      forms.openTask("Việc của đơn vị", "Duyệt kế hoạch " + directive + " — UBND tỉnh Lai Châu", openTask(province).getId());
      forms.claim();
      assertThat(forms.shown("Số, ký hiệu kế hoạch")).isEqualTo(plan);
      assertThat(forms.shown("Ngày ban hành kế hoạch")).isEqualTo("20/10/2025");
      assertThat(forms.shown("Người ký")).isEqualTo("Lãnh đạo UBND tỉnh Lai Châu");
      assertThat(forms.shown("Thẩm quyền ký")).isEqualTo("TM. (thay mặt)");
      assertThat(forms.shown("Đơn vị cấp dưới phải xây dựng kế hoạch")).isEqualTo("Sở Y tế tỉnh Lai Châu");
      assertThat(forms.shown("Kỳ báo cáo")).isEqualTo("Hằng năm");
      assertThat(forms.shown("Hạn báo cáo của đơn vị thực hiện")).isEqualTo("05/11");
      assertThat(forms.shown("Chỉ tiêu")).contains("Đơn vị tổ chức đối thoại tại nơi làm việc", "≥ (ít nhất)", "75", "%");
      assertThat(forms.shown("Nhiệm vụ (phụ lục)")).contains("Tuyên truyền, phổ biến Chỉ thị trong ngành y tế", "Sở Y tế tỉnh Lai Châu", "Năm 2025");
      look(forms, "approve-plan");
      forms.decide("Trả lại để sửa");
      forms.press("Hoàn thành");
      assertThat(forms.message("Ý kiến")).as("a return needs its comment").isEqualTo("Bắt buộc nhập.");
      look(forms, "approve-plan-comment-required");
      forms.type("Ý kiến", "Bổ sung chỉ tiêu về công đoàn cơ sở");
      forms.press("Hoàn thành");
      waitForTask(forms, province, "draft-plan");
    });
    assertThat(openTask(province).getAssignee()).as("back to the drafter who submitted it").isEqualTo("lai-chau-drafter");

    // The drafter finds it in their own work with the comment, redrafts; the approver approves.
    as("lai-chau-drafter", forms -> {
      forms.openTask("Việc của tôi", "Soạn kế hoạch " + directive, openTask(province).getId());
      assertThat(forms.listed()).as("in the drafter's own list").anyMatch(name -> name.startsWith("Soạn kế hoạch " + directive));
      assertThat(forms.shown("Lãnh đạo trả lại kế hoạch, ý kiến cần sửa")).isEqualTo("Bổ sung chỉ tiêu về công đoàn cơ sở");
      look(forms, "draft-plan-returned");
      WebElement target = forms.addRow("Chỉ tiêu", "Thêm chỉ tiêu");
      forms.type(target, "Nội dung", "Doanh nghiệp có công đoàn cơ sở tổ chức đối thoại");
      forms.choose(target, "So sánh", "≥ (ít nhất)");
      forms.type(target, "Giá trị", "75");
      forms.type(target, "Đơn vị tính", "%");
      forms.press("Hoàn thành");
      waitForTask(forms, province, "approve-plan");
    });
    approve("lai-chau-approver", "Duyệt kế hoạch " + directive + " — UBND tỉnh Lai Châu", "Phê duyệt, ban hành", province, "approve-plan-approved");
    CascadeDriver cascade = new CascadeDriver(engine);
    cascade.executeJobs(); // issued; the department receives the plan; the reporting window is open
    ProcessInstance department = cascade.child(province, "lai-chau-syt");

    // The department drafts and issues its own plan.
    as("lai-chau-syt-drafter", forms -> {
      forms.openTask("Việc của đơn vị", "Soạn kế hoạch " + plan + " — Sở Y tế tỉnh Lai Châu", openTask(department).getId());
      forms.claim();
      assertThat(forms.shown("Cơ quan ban hành")).isEqualTo("UBND tỉnh Lai Châu");
      forms.type("Số, ký hiệu kế hoạch", departmentPlan);
      forms.typeAndLeave("Ngày ban hành kế hoạch", "22/10/2025");
      forms.type("Trích yếu kế hoạch", "Kế hoạch của ngành y tế thực hiện Kế hoạch " + plan);
      forms.type("Nội dung kế hoạch", "Các đơn vị trong ngành thực hiện");
      forms.tickOnly("Đơn vị cấp dưới phải xây dựng kế hoạch");
      look(forms, "department-draft-plan");
      forms.press("Hoàn thành");
      waitForTask(forms, department, "approve-plan");
    });
    approve("lai-chau-syt-approver", "Duyệt kế hoạch " + plan + " — Sở Y tế tỉnh Lai Châu", "Phê duyệt, ban hành", department,
        "department-approve-plan");
    cascade.executeJobs();

    // The department reports on 2025 with a figure per target of the provincial plan; its approver approves.
    as("lai-chau-syt-drafter", forms -> {
      forms.openTask("Việc của đơn vị", "Lập báo cáo Năm 2025 – Kế hoạch " + plan, reportTask(plan).getId());
      forms.claim();
      assertThat(forms.shown("Hạn gửi báo cáo")).isEqualTo("05/11/2025");
      forms.type("Kết quả thực hiện", "Đã tổ chức đối thoại tại 30 đơn vị");
      List<WebElement> figures = forms.fieldBlock("Số liệu chỉ tiêu").findElements(By.cssSelector(".dc-row"));
      assertThat(figures).as("one row per target of the plan").hasSize(2);
      for (WebElement figure : figures) {
        forms.type(figure, "Số đạt (tử số)", "30");
        forms.type(figure, "Tổng số (mẫu số)", "40");
      }
      look(forms, "prepare-report");
      forms.press("Hoàn thành");
      waitFor(forms, () -> reportTask(plan).getTaskDefinitionKey(), PeriodicReportProcess.Elements.APPROVE_REPORT);
    });
    as("lai-chau-syt-approver", forms -> {
      forms.openTask("Việc của đơn vị", "Duyệt báo cáo Năm 2025 – Kế hoạch " + plan, reportTask(plan).getId());
      forms.claim();
      assertThat(forms.shown("Kết quả thực hiện")).isEqualTo("Đã tổ chức đối thoại tại 30 đơn vị");
      assertThat(forms.shown("Số liệu chỉ tiêu")).contains("Đơn vị tổ chức đối thoại tại nơi làm việc >= 75 %", "30", "40");
      look(forms, "approve-report");
      forms.decide("Phê duyệt, gửi báo cáo");
      forms.press("Hoàn thành");
      waitFor(forms, () -> reportTask(plan) == null, true);
    });
    cascade.executeJobs();
    Long issuedPlan = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(province.getId())
        .variableName(DirectiveCascadeProcess.Variables.ISSUED_PLAN_ID).singleResult().getValue();
    Report report = reports.findByPlanIdAndPeriodKey(issuedPlan, "2025-ANNUAL-1").stream()
        .filter(candidate -> candidate.getOrganization().getCode().equals("lai-chau-syt")).findFirst().orElseThrow();
    assertThat(report.getFigures()).as("the figures as typed").hasSize(2)
        .allSatisfy(figure -> assertThat(figure.getNumerator().intValue() + "/" + figure.getDenominator().intValue()).isEqualTo("30/40"));
  }

  private void approve(String approver, String taskName, String decision, ProcessInstance instance, String screenshot) throws IOException {
    as(approver, forms -> {
      forms.openTask("Việc của đơn vị", taskName, openTask(instance).getId());
      forms.claim();
      forms.decide(decision);
      look(forms, screenshot);
      forms.press("Hoàn thành");
      waitFor(forms, () -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
          .activityIdIn(DirectiveCascadeProcess.Elements.ISSUE_PLAN).count(), 1L);
    });
  }

  private void as(String user, RoleSessions.Step step) throws IOException {
    roles.as(user, step);
  }

  private void look(TaskForms forms, String name) throws IOException {
    roles.look(forms, name);
  }

  private ProcessInstance registered(String directiveNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals(DirectiveCascadeProcess.Variables.DIRECTIVE_NUMBER, directiveNumber).singleResult();
  }

  private Task openTask(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private void waitForTask(TaskForms forms, ProcessInstance instance, String taskKey) {
    waitFor(forms, () -> openTask(instance).getTaskDefinitionKey(), taskKey);
  }

  private Task reportTask(String planNumber) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(PeriodicReportProcess.KEY).taskNameLike("%" + planNumber + "%")
        .singleResult();
  }

  private static <T> void waitFor(TaskForms forms, Supplier<T> value, T expected) {
    RoleSessions.waitFor(forms, value, expected);
  }
}
