package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.plantask.PlanTaskDriver;
import vn.directivecascade.plantask.PlanTaskProcess;
import vn.directivecascade.validation.VietnameseDate;

/**
 * The forms the walkthrough does not reach, in a real browser at 1366x768: a task of an issued plan
 * from the cooperating agency's contribution through an extension asked and granted, the product, the
 * lead's confirmation and the issuer's acceptance; and an overdue plan followed up by the approvers
 * above. No English on any of them; a screenshot of each (plan-task-forms-vi-…).
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanTaskFormsBrowserTest {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private PlanTaskDriver plans;
  private RoleSessions roles;

  @BeforeEach
  void sessions() {
    plans = new PlanTaskDriver(engine);
    roles = new RoleSessions(() -> port, "vi", "plan-task-forms");
  }

  @AfterEach
  void endTasksAndResetClock() {
    roles.close();
    plans.endIssuedPlansTasks();
    ClockUtil.reset();
  }

  @Test
  void aPlansTaskFromContributionToAcceptanceWithAnExtensionOnTheWay() throws IOException {
    long plan = plans.issue("9 | Kiểm tra việc tổ chức đối thoại tại doanh nghiệp | Sở Công Thương | Sở Y tế | Báo cáo kết quả kiểm tra | Hằng năm |");
    plans.executeJobs(); // this year's cycle opens
    ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PlanTaskProcess.KEY)
        .variableValueEquals(PlanTaskProcess.Variables.PLAN_ID, plan).singleResult();
    String deadline = (String) engine.getRuntimeService().getVariable(cycle.getId(), PlanTaskProcess.Variables.TASK_DEADLINE);
    String requested = VietnameseDate.of(LocalDate.parse(deadline).plusDays(15));

    roles.as("ha-noi-syt-drafter", forms -> {
      forms.openTask("Việc của đơn vị", "Góp ý phối hợp – 9 (", task(cycle, PlanTaskProcess.Elements.CONTRIBUTE_TASK));
      forms.claim();
      assertThat(forms.shown("Nội dung công việc")).isEqualTo("Kiểm tra việc tổ chức đối thoại tại doanh nghiệp");
      forms.type("Ý kiến, kết quả phối hợp", "Sở Y tế đã cử cán bộ tham gia đoàn kiểm tra");
      roles.look(forms, "contribute-task");
      forms.press("Hoàn thành");
      RoleSessions.waitFor(forms, () -> open(cycle, PlanTaskProcess.Elements.CONTRIBUTE_TASK), false);
    });
    plans.executeJobs(); // the contribution is shared with the lead

    roles.as("ha-noi-sct-drafter", forms -> {
      forms.openTask("Việc của đơn vị", "Thực hiện nhiệm vụ 9 (", task(cycle, PlanTaskProcess.Elements.EXECUTE_TASK));
      forms.claim();
      assertThat(forms.shown("Ý kiến của cơ quan phối hợp")).contains("Sở Y tế đã cử cán bộ tham gia đoàn kiểm tra");
      assertThat(forms.shown("Hạn gốc")).isEqualTo(VietnameseDate.of(LocalDate.parse(deadline)));
      forms.tick("Đề nghị lùi hạn");
      forms.typeAndLeave("Hạn đề nghị", "30/02/2027");
      assertThat(forms.message("Hạn đề nghị")).isEqualTo("'30/02/2027': tháng 2 năm 2027 không có ngày 30 (chỉ có 28 ngày).");
      forms.typeAndLeave("Hạn đề nghị", requested);
      forms.type("Lý do đề nghị lùi hạn", "Chờ số liệu của các doanh nghiệp ngoài nhà nước");
      roles.look(forms, "execute-task-extension");
      forms.press("Hoàn thành");
      RoleSessions.waitFor(forms, () -> open(cycle, PlanTaskProcess.Elements.DECIDE_EXTENSION), true);
    });

    roles.as("ha-noi-approver", forms -> {
      forms.openTask("Việc của đơn vị", "Xét đề nghị lùi hạn – 9 (", task(cycle, PlanTaskProcess.Elements.DECIDE_EXTENSION));
      forms.claim();
      assertThat(forms.shown("Hạn đề nghị")).isEqualTo(requested);
      assertThat(forms.shown("Cơ quan chủ trì đề nghị")).isEqualTo("Sở Công Thương thành phố Hà Nội");
      forms.decide("Không đồng ý");
      forms.press("Hoàn thành");
      assertThat(forms.message("Ý kiến")).as("a refusal needs its reason").isEqualTo("Bắt buộc nhập.");
      forms.decide("Đồng ý lùi hạn");
      roles.look(forms, "decide-extension");
      forms.press("Hoàn thành");
      RoleSessions.waitFor(forms, () -> open(cycle, PlanTaskProcess.Elements.EXECUTE_TASK), true);
    });

    roles.as("ha-noi-sct-drafter", forms -> {
      forms.openTask("Việc của tôi", "Thực hiện nhiệm vụ 9 (", task(cycle, PlanTaskProcess.Elements.EXECUTE_TASK));
      assertThat(forms.shown("Hạn đang áp dụng")).as("the extension granted").isEqualTo(requested);
      forms.type("Tiến độ, kết quả thực hiện", "Đã kiểm tra 12 doanh nghiệp");
      forms.type("Số, ký hiệu văn bản sản phẩm", "15/BC-SCT");
      forms.typeAndLeave("Ngày ban hành sản phẩm", VietnameseDate.of(LocalDate.now(VIETNAM)));
      forms.type("Trích yếu sản phẩm", "Báo cáo kết quả kiểm tra việc tổ chức đối thoại");
      roles.look(forms, "execute-task-product");
      forms.press("Hoàn thành");
      RoleSessions.waitFor(forms, () -> open(cycle, PlanTaskProcess.Elements.CONFIRM_TASK), true);
    });

    roles.as("ha-noi-sct-approver", forms -> {
      forms.openTask("Việc của đơn vị", "Xác nhận kết quả – 9 (", task(cycle, PlanTaskProcess.Elements.CONFIRM_TASK));
      forms.claim();
      assertThat(forms.shown("Số, ký hiệu văn bản sản phẩm")).isEqualTo("15/BC-SCT");
      forms.decide("Xác nhận, gửi cơ quan ban hành");
      roles.look(forms, "confirm-task");
      forms.press("Hoàn thành");
      RoleSessions.waitFor(forms, () -> open(cycle, PlanTaskProcess.Elements.ACCEPT_TASK), true);
    });

    roles.as("ha-noi-approver", forms -> {
      forms.openTask("Việc của đơn vị", "Nghiệm thu sản phẩm – 9 (", task(cycle, PlanTaskProcess.Elements.ACCEPT_TASK));
      forms.claim();
      assertThat(forms.shown("Trích yếu sản phẩm")).isEqualTo("Báo cáo kết quả kiểm tra việc tổ chức đối thoại");
      forms.decide("Nghiệm thu");
      roles.look(forms, "accept-task");
      forms.press("Hoàn thành");
      RoleSessions.waitFor(forms, () -> open(cycle, PlanTaskProcess.Elements.ACCEPT_TASK), false);
    });
  }

  @Test
  void theApproversAboveFollowUpAnOverduePlan() throws IOException {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 1, 5).atTime(9, 0).atZone(VIETNAM).toInstant()));
    CascadeDriver cascade = new CascadeDriver(engine);
    ProcessInstance overdue = cascade.start("kon-tum-ldld", "kon-tum");
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 3, 1).atTime(9, 0).atZone(VIETNAM).toInstant()));
    cascade.executeJobs(); // the reminder, then the deadline passes: the follow-up opens for Kon Tum's approvers
    String number = (String) engine.getRuntimeService().getVariable(overdue.getId(), DirectiveCascadeProcess.Variables.DIRECTIVE_NUMBER);

    roles.as("kon-tum-approver", forms -> {
      forms.openTask("Việc của đơn vị", "Đôn đốc kế hoạch quá hạn " + number + " — Liên đoàn Lao động tỉnh Kon Tum",
          task(overdue, DirectiveCascadeProcess.Elements.FOLLOW_UP_OVERDUE_PLAN));
      forms.claim();
      assertThat(forms.shown("Đơn vị")).isEqualTo("Liên đoàn Lao động tỉnh Kon Tum");
      assertThat(forms.shown("Hạn ban đầu")).isEqualTo("04/02/2026");
      forms.type("Kết quả đôn đốc", "Đã gọi điện, Liên đoàn cam kết trình trong tuần");
      roles.look(forms, "follow-up-overdue-plan");
      forms.press("Hoàn thành");
      RoleSessions.waitFor(forms, () -> open(overdue, DirectiveCascadeProcess.Elements.FOLLOW_UP_OVERDUE_PLAN), false);
    });
    engine.getRuntimeService().deleteProcessInstance(overdue.getId(), "test ended");
  }

  private String task(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult().getId();
  }

  private boolean open(ProcessInstance instance, String taskKey) {
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
    return !open.isEmpty();
  }
}
