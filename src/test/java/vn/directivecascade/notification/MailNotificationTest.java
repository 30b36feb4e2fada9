package vn.directivecascade.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.COMMENT;
import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.DECISION;
import static vn.directivecascade.reporting.ReportingDriver.clock;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.plantask.PlanTaskDriver;
import vn.directivecascade.plantask.PlanTaskStatusService;
import vn.directivecascade.plantask.PlanTaskProcess;
import vn.directivecascade.reporting.PeriodicReportProcess;
import vn.directivecascade.reporting.ReportingDriver;
import vn.directivecascade.reporting.ReportingRegimeService;
import vn.directivecascade.rest.EngineRestClient;

/**
 * Every notification kind reaches its recipients as a Vietnamese e-mail through a real SMTP server
 * (GreenMail, in this JVM), once: not again when a job is retried or runs twice, not for a rolled-back
 * event, still once the SMTP server comes back after an outage; and as a daily digest for users who
 * chose one. The job executor is off: each test runs the jobs as the executor would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"directive-cascade.mail.transport=smtp", "spring.mail.host=127.0.0.1"})
@ExtendWith(OutputCaptureExtension.class)
class MailNotificationTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final int SMTP_PORT = freePort();
  private static GreenMail smtp = startSmtp();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired MailRepository mails;
  @Autowired MailPreferences preferences;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DirectiveRepository directives;
  @Autowired PlanTaskStatusService statuses;

  CascadeDriver cascade;
  ReportingDriver reporting;
  PlanTaskDriver planTasks;
  EngineRestClient rest;

  @DynamicPropertySource
  static void smtpServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @BeforeEach
  void setUp() throws Exception {
    cascade = new CascadeDriver(engine);
    reporting = new ReportingDriver(engine);
    planTasks = new PlanTaskDriver(engine);
    rest = new EngineRestClient(port);
    cascade.executeJobs(); // whatever earlier tests on this database left due goes out before this test reads its mails
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void tearDown() {
    planTasks.endIssuedPlansTasks();
    ClockUtil.reset();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void aCascadeMailsTheNewTaskTheReturnTheReminderAndTheEscalationOnceEach() throws Exception {
    clock(2020, 5, 12, 9, 0);
    ProcessInstance instance = cascade.start("lai-chau-syt-bvdk", "lai-chau-syt");
    String number = (String) engine.getRuntimeService().getVariable(instance.getId(), DirectiveCascadeProcess.Variables.DIRECTIVE_NUMBER);
    Task draft = cascade.task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN);
    cascade.executeJobs();

    Received newTask = single("lai-chau-syt-bvdk-drafter", taskLink(draft));
    assertThat(newTask.subject()).isEqualTo("Việc mới: Soạn kế hoạch " + number + " — Bệnh viện Đa khoa tỉnh Lai Châu");
    assertThat(newTask.html()).contains("Kính gửi Chuyên viên Bệnh viện Đa khoa tỉnh Lai Châu,")
        .contains("Hạn xử lý: " + DUE.format(draft.getDueDate().toInstant().atZone(VIETNAM)))
        .contains("href=\"http://localhost:8080/camunda/app/tasklist/default/#/?task=" + draft.getId() + "\"")
        .contains("/account/notifications");
    assertThat(newTask.message().getHeader("Message-ID")[0]).matches("<mail-\\d+@localhost>");

    // Returned with a comment that tries to be markup and template code: it completes, and is quoted as text.
    cascade.submitDraft(instance.getId(), List.of());
    Task approval = cascade.task(instance, DirectiveCascadeProcess.Elements.APPROVE_PLAN);
    cascade.executeJobs();
    assertThat(single("lai-chau-syt-bvdk-approver", taskLink(approval)).subject())
        .isEqualTo("Việc mới: Duyệt kế hoạch " + number + " — Bệnh viện Đa khoa tỉnh Lai Châu");
    String comment = "Bổ sung chỉ tiêu <script>alert('x')</script> [[${T(java.lang.Runtime).getRuntime()}]] #{mail.footer} {0} %s"
        + " " + "rất dài ".repeat(400);
    taskService.complete(approval.getId(), Map.of(DECISION, "return", COMMENT, comment));
    Task redraft = cascade.task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN);
    cascade.executeJobs();
    // The drafter's mails about this directive (its number is in the tasks' names): the first task's, then the return.
    List<Received> drafter = to("lai-chau-syt-bvdk-drafter", number).stream().filter(mail -> !mail.html().contains(taskLink(draft))).toList();
    assertThat(drafter).as("the return, and not also the reopened drafting task").hasSize(1);
    assertThat(drafter.get(0).subject()).isEqualTo("Trả lại để sửa: Kế hoạch thực hiện Chỉ thị " + number + " của Bệnh viện Đa khoa tỉnh Lai Châu");
    assertThat(drafter.get(0).html()).contains("Ý kiến của lãnh đạo:")
        .contains("Bổ sung chỉ tiêu &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; [[${T(java.lang.Runtime).getRuntime()}]] #{mail.footer} {0} %s")
        .doesNotContain("<script>");
    assertThat(to("lai-chau-syt-bvdk-drafter", taskLink(redraft))).as("no separate new-task mail").isEmpty();

    // The reminder timer's job fails once after telling the drafters (its transaction rolls back): no mail from that
    // attempt; its retry tells them once.
    clock(2020, 6, 9, 9, 0);
    Job reminder = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(DirectiveCascadeProcess.Elements.REMINDER_TIMER).singleResult();
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      managementService.executeJob(reminder.getId());
      status.setRollbackOnly();
    });
    assertThat(mails.findByUserIdOrderById("lai-chau-syt-bvdk-drafter")).noneMatch(mail -> mail.getNotification() != null
        && mail.getNotification().getKind() == NotificationKind.DRAFT_REMINDER && mail.getNotification().getMessage().contains(number));
    cascade.executeJobs();
    List<Received> reminders = to("lai-chau-syt-bvdk-drafter", number).stream().filter(r -> r.subject().startsWith("Nhắc hạn")).toList();
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).subject()).startsWith("Nhắc hạn: Sắp đến hạn").contains(number);

    // Overdue: raised to the approvers of the department that sent the directive, who also get the follow-up task:
    // one mail about it, the escalation.
    clock(2020, 6, 13, 9, 0);
    cascade.executeJobs();
    List<Received> escalation = to("lai-chau-syt-approver", number);
    assertThat(escalation).hasSize(1);
    assertThat(escalation.get(0).subject()).startsWith("Quá hạn: Bệnh viện Đa khoa tỉnh Lai Châu quá hạn");
    Task followUp = cascade.task(instance, DirectiveCascadeProcess.Elements.FOLLOW_UP_OVERDUE_PLAN);
    assertThat(to("lai-chau-syt-approver", taskLink(followUp))).isEmpty();
  }

  @Test
  void reportsMailTheirReminderReturnApprovalAndOverdue() throws Exception {
    clock(2025, 10, 1, 9, 0);
    long plan = reporting.issuePlan("lai-chau-syt", "lai-chau", List.of("lai-chau-syt-bvdk", "lai-chau-syt-cdc"),
        Map.of(ReportingRegimeService.Fields.PERIOD_KIND, "ANNUAL", ReportingRegimeService.Fields.REPORTER_DUE, "05/11",
            ReportingRegimeService.Fields.CONSOLIDATOR_DUE, "05/12"));
    String period = "2025-ANNUAL-1";
    clock(2025, 10, 22, 8, 1);
    cascade.executeJobs();
    Task prepare = reporting.task(plan, "lai-chau-syt-bvdk", period, PeriodicReportProcess.Elements.PREPARE_REPORT);
    assertThat(single("lai-chau-syt-bvdk-drafter", taskLink(prepare)).subject()).startsWith("Việc mới: Lập báo cáo");
    String planLink = "/board/documents/" + plan + "\"";

    clock(2025, 11, 2, 9, 0);
    cascade.executeJobs();
    String report = "áo cáo kỳ " + period; // the plan's own drafting reminders link to it too
    assertThat(subjects("lai-chau-syt-bvdk-drafter", planLink, report)).containsExactly("Nhắc hạn: Sắp đến hạn 2025-11-05: báo cáo kỳ " + period + " chưa gửi");

    smtp.purgeEmailFromAllMailboxes();
    taskService.complete(prepare.getId(), Map.of(PeriodicReportProcess.Variables.RESULTS, "Đã tổ chức đối thoại"));
    Task approve = reporting.task(plan, "lai-chau-syt-bvdk", period, PeriodicReportProcess.Elements.APPROVE_REPORT);
    taskService.complete(approve.getId(), Map.of(DECISION, "return", COMMENT, "Thiếu số liệu quý III"));
    Task again = reporting.task(plan, "lai-chau-syt-bvdk", period, PeriodicReportProcess.Elements.PREPARE_REPORT);
    cascade.executeJobs();
    List<Received> returned = to("lai-chau-syt-bvdk-drafter", planLink, report);
    assertThat(returned).extracting(Received::subject).containsExactly("Trả lại để sửa: Báo cáo kỳ " + period + " của Bệnh viện Đa khoa tỉnh Lai Châu");
    assertThat(returned.get(0).html()).contains("Thiếu số liệu quý III");
    assertThat(to("lai-chau-syt-bvdk-drafter", taskLink(again))).as("the reopened task is the return's").isEmpty();

    smtp.purgeEmailFromAllMailboxes();
    taskService.complete(again.getId(), Map.of(PeriodicReportProcess.Variables.RESULTS, "Đã tổ chức đối thoại, có số liệu quý III"));
    taskService.complete(reporting.task(plan, "lai-chau-syt-bvdk", period, PeriodicReportProcess.Elements.APPROVE_REPORT).getId(),
        Map.of(DECISION, "approve", COMMENT, "Đồng ý"));
    cascade.executeJobs();
    assertThat(subjects("lai-chau-syt-bvdk-drafter", planLink, report))
        .containsExactly("Đã duyệt: Báo cáo kỳ " + period + " của Bệnh viện Đa khoa tỉnh Lai Châu đã được duyệt và gửi đến Sở Y tế tỉnh Lai Châu");

    smtp.purgeEmailFromAllMailboxes();
    clock(2025, 11, 6, 9, 0); // the CDC never reported
    cascade.executeJobs();
    assertThat(subjects("lai-chau-syt-approver", planLink, report))
        .containsExactly("Quá hạn: Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu quá hạn 2025-11-05 chưa gửi báo cáo kỳ " + period);
  }

  @Test
  void planTasksMailTheirReminderEscalationReturnAndAcceptance() throws Exception {
    clock(2020, 6, 25, 9, 0);
    long plan = planTasks.issue("""
        13 | Xây dựng quan hệ lao động hài hòa trong các cơ sở giáo dục ngoài công lập | Sở Giáo dục và Đào tạo | | Báo cáo | Năm 2020 |""");
    cascade.executeJobs();
    String number = directives.findById(plan).orElseThrow().getNumber();
    ProcessInstance cycle = planTasks.cycle(statuses.tasksOf(plan).orElseThrow().tasks().get(0).id(), "2020");
    Task execute = planTasks.task(cycle, PlanTaskProcess.Elements.EXECUTE_TASK);
    String task = "Nhiệm vụ 13 (2020) của Kế hoạch " + number;
    assertThat(single("ha-noi-sgddt-drafter", taskLink(execute)).subject()).startsWith("Việc mới: Thực hiện nhiệm vụ 13 (năm 2020)");
    smtp.purgeEmailFromAllMailboxes();

    clock(2020, 12, 29, 9, 0);
    cascade.executeJobs();
    assertThat(subjects("ha-noi-sgddt-drafter", number))
        .containsExactly("Nhắc hạn: Sắp đến hạn 2020-12-31: nhiệm vụ 13 của Kế hoạch " + number + " chưa hoàn thành");
    clock(2021, 1, 2, 9, 0);
    cascade.executeJobs();
    assertThat(subjects("ha-noi-approver", number))
        .containsExactly("Quá hạn: Sở Giáo dục và Đào tạo thành phố Hà Nội quá hạn 2020-12-31 nhiệm vụ 13 của Kế hoạch " + number);

    smtp.purgeEmailFromAllMailboxes();
    planTasks.completeAs("ha-noi-sgddt-drafter", "ha-noi-sgddt-drafters", execute, PlanTaskDriver.product("5/BC-SGDĐT", "2021-01-02"));
    planTasks.completeAs("ha-noi-sgddt-approver", "ha-noi-sgddt-approvers", planTasks.task(cycle, PlanTaskProcess.Elements.CONFIRM_TASK),
        Map.of(DECISION, "approve", COMMENT, "Đồng ý"));
    planTasks.completeAs("ha-noi-approver", "ha-noi-approvers", planTasks.task(cycle, PlanTaskProcess.Elements.ACCEPT_TASK),
        Map.of(DECISION, "return", COMMENT, "Bổ sung số liệu các trường"));
    Task again = planTasks.task(cycle, PlanTaskProcess.Elements.EXECUTE_TASK);
    cascade.executeJobs();
    List<Received> returned = to("ha-noi-sgddt-drafter", task);
    assertThat(returned).extracting(Received::subject).singleElement().asString()
        .startsWith("Trả lại: " + task).endsWith(": cơ quan ban hành trả lại sản phẩm");
    assertThat(returned.get(0).html()).contains("Bổ sung số liệu các trường");
    assertThat(to("ha-noi-sgddt-drafter", taskLink(again))).as("the reopened task is the return's").isEmpty();

    smtp.purgeEmailFromAllMailboxes();
    planTasks.completeAs("ha-noi-sgddt-drafter", "ha-noi-sgddt-drafters", again, PlanTaskDriver.product("6/BC-SGDĐT", "2021-01-02"));
    planTasks.completeAs("ha-noi-sgddt-approver", "ha-noi-sgddt-approvers", planTasks.task(cycle, PlanTaskProcess.Elements.CONFIRM_TASK),
        Map.of(DECISION, "approve", COMMENT, "Đồng ý"));
    planTasks.completeAs("ha-noi-approver", "ha-noi-approvers", planTasks.task(cycle, PlanTaskProcess.Elements.ACCEPT_TASK),
        Map.of(DECISION, "approve", COMMENT, "Đồng ý"));
    cascade.executeJobs();
    assertThat(subjects("ha-noi-sgddt-drafter", task)).singleElement().asString()
        .startsWith("Đã nghiệm thu: " + task).endsWith("sản phẩm đã được UBND thành phố Hà Nội nghiệm thu");
  }

  @Test
  void anUnreachableMailServerQueuesTheMailWarnsAndDeliversItOnceWhenBack() throws Exception {
    smtp.stop();
    ProcessInstance instance;
    Task draft;
    try {
      instance = cascade.start("lai-chau-syt-cdc", "lai-chau-syt");
      draft = cascade.task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN);
      Job job = mailJobFor("lai-chau-syt-cdc-drafter", draft.getId());
      assertThat(catchThrowable(() -> managementService.executeJob(job.getId()))).as("the server refuses the connection").isNotNull();

      Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
      assertThat(failed.getRetries()).as("ten intervals configured, the first used").isEqualTo(10);
      assertThat(failed.getExceptionMessage()).contains("lai-chau-syt-cdc-drafter@demo.example");
      assertThat(failed.getDuedate()).as("retried after the first interval, a minute")
          .isAfter(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(50)));
      assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).as("the work is not rolled back").isEqualTo(1);

      JsonNode health = rest.call("demo", "GET", "/actuator/health", null, 200);
      assertThat(health.get("status").asText()).isEqualTo("WARNING");
      assertThat(health.at("/components/mail/status").asText()).isEqualTo("WARNING");
      assertThat(health.at("/components/mail/details/failing").asInt()).isPositive();
      assertThat(health.at("/components/mail/details/queued").asInt()).isPositive();
      assertThat(health.at("/components/mail/details/lastError").asText()).isNotBlank();
      assertThat(rest.send(null, "GET", "/actuator/health/readiness", null).statusCode()).as("still ready to serve").isEqualTo(200);
    } finally {
      smtp = startSmtp();
    }

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(2))));
    cascade.executeJobs();
    assertThat(to("lai-chau-syt-cdc-drafter", taskLink(draft))).hasSize(1);
    assertThat(rest.call("demo", "GET", "/actuator/health", null, 200).at("/components/mail/status").asText()).isEqualTo("UP");
  }

  @Test
  void aMailIsSentOnceThoughItsJobRanAgainOrItsTransactionFailedAfterSending() throws Exception {
    ProcessInstance instance = cascade.start("lai-chau-syt-bvdk", "lai-chau-syt");
    Task draft = cascade.task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN);
    Job job = mailJobFor("lai-chau-syt-bvdk-drafter", draft.getId());

    // The job sends, then its transaction fails: the job stays and is run again, and sends nothing more.
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      managementService.executeJob(job.getId());
      status.setRollbackOnly();
    });
    assertThat(to("lai-chau-syt-bvdk-drafter", taskLink(draft))).hasSize(1);
    assertThat(managementService.createJobQuery().jobId(job.getId()).count()).as("rolled back with its transaction").isEqualTo(1);
    managementService.executeJob(job.getId());

    // A second job for the same mail (a node whose lock expired while another sent it) sends nothing either.
    Mail mail = mails.findByUserIdOrderById("lai-chau-syt-bvdk-drafter").stream()
        .filter(m -> m.getNotification() != null && draft.getId().equals(m.getNotification().getTaskId())).findFirst().orElseThrow();
    assertThat(mail.getSentAt()).isNotNull();
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(commandContext -> {
          SendMailJobHandler.schedule(commandContext, mail.getId());
          return null;
        });
    cascade.executeJobs();
    assertThat(to("lai-chau-syt-bvdk-drafter", taskLink(draft))).hasSize(1);
  }

  @Test
  void aUserWithoutAnAddressIsSkippedWithAWarningAndTheOthersAreMailed(CapturedOutput output) throws Exception {
    var identity = engine.getIdentityService();
    var user = identity.newUser("lai-chau-syt-cdc-drafter2");
    user.setFirstName("Chuyên viên");
    user.setLastName("không có thư");
    user.setPassword("demo");
    identity.saveUser(user);
    identity.createMembership(user.getId(), "lai-chau-syt-cdc-drafters");
    try {
      ProcessInstance instance = cascade.start("lai-chau-syt-cdc", "lai-chau-syt");
      Task draft = cascade.task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN);
      cascade.executeJobs();
      assertThat(to("lai-chau-syt-cdc-drafter", taskLink(draft))).hasSize(1);
      assertThat(mails.findByUserIdOrderById("lai-chau-syt-cdc-drafter2")).isEmpty();
      assertThat(output.getOut()).contains("Người dùng lai-chau-syt-cdc-drafter2 không có địa chỉ e-mail hợp lệ");
    } finally {
      identity.deleteUser(user.getId());
    }
  }

  @Test
  void aUserWhoChoseTheDailyDigestGetsOneMailADayWithEverythingThatWaited() throws Exception {
    String user = "lai-chau-ldld-drafter";
    assertThat(rest.call(user, "PUT", "/api/me/mail-preference", Map.of("delivery", "WEEKLY"), 400).get("message").asText())
        .contains("IMMEDIATE").contains("DAILY_DIGEST");
    assertThat(rest.call(user, "GET", "/api/me/mail-preference", null, 200).get("delivery").asText()).as("unchanged").isEqualTo("IMMEDIATE");
    assertThat(rest.call(user, "PUT", "/api/me/mail-preference", Map.of("delivery", "DAILY_DIGEST"), 200).get("delivery").asText())
        .isEqualTo("DAILY_DIGEST");
    try {
      Job digestTimer = managementService.createJobQuery().processDefinitionKey(MailDigestProcess.KEY).timers().singleResult();
      LocalDateTime due = LocalDateTime.ofInstant(digestTimer.getDuedate().toInstant(), VIETNAM);
      assertThat(due.toLocalTime()).as("07:00 in Việt Nam").hasToString("07:00");

      ProcessInstance instance = cascade.start("lai-chau-ldld", "lai-chau");
      Task draft = cascade.task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN);
      cascade.submitDraft(instance.getId(), List.of());
      taskService.complete(cascade.task(instance, DirectiveCascadeProcess.Elements.APPROVE_PLAN).getId(),
          Map.of(DECISION, "return", COMMENT, "Thêm chỉ tiêu đối thoại"));
      cascade.executeJobs();
      assertThat(to(user, "")).as("nothing at once").isEmpty();
      assertThat(to("lai-chau-ldld-approver", "")).as("the approver still mails at once").isNotEmpty();

      managementService.executeJob(digestTimer.getId());
      cascade.executeJobs();
      List<Received> digest = to(user, "");
      assertThat(digest).hasSize(1);
      assertThat(digest.get(0).subject()).isEqualTo("Tổng hợp thông báo trong ngày: 2 thông báo");
      assertThat(digest.get(0).html()).contains("Việc mới").contains("Soạn kế hoạch ").contains(" — Liên đoàn Lao động tỉnh Lai Châu")
          .contains(taskLink(draft)).contains("Kế hoạch bị trả lại để sửa").contains("Thêm chỉ tiêu đối thoại");
      assertThat(mails.findByUserIdOrderById(user)).allMatch(mail -> mail.getSentAt() != null);

      // The next digest has nothing new to carry: no mail.
      managementService.executeJob(managementService.createJobQuery().processDefinitionKey(MailDigestProcess.KEY).timers().singleResult().getId());
      cascade.executeJobs();
      assertThat(to(user, "")).hasSize(1);
    } finally {
      preferences.choose(user, "IMMEDIATE");
    }
  }

  private Job mailJobFor(String userId, String taskId) {
    Mail mail = mails.findByUserIdOrderById(userId).stream()
        .filter(m -> m.getNotification() != null && taskId.equals(m.getNotification().getTaskId())).findFirst().orElseThrow();
    List<Job> jobs = new ArrayList<>();
    for (Job job : managementService.createJobQuery().listPage(0, 2000)) {
      if (job instanceof org.camunda.bpm.engine.impl.persistence.entity.JobEntity entity
          && SendMailJobHandler.TYPE.equals(entity.getJobHandlerType())
          && entity.getJobHandlerConfigurationRaw().equals(mail.getId().toString())) {
        jobs.add(job);
      }
    }
    assertThat(jobs).as("the job of mail %s", mail.getId()).hasSize(1);
    return jobs.get(0);
  }

  /** How a mail links to a task: its id, whole. */
  private static String taskLink(Task task) {
    return "?task=" + task.getId() + "\"";
  }

  /** The one mail to the demo user that mentions {@code marker} (a task id in its link, a document number, ...). */
  private Received single(String userId, String marker) throws Exception {
    List<Received> received = to(userId, marker);
    assertThat(received).as("mails to %s about %s", userId, marker).hasSize(1);
    return received.get(0);
  }

  private List<String> subjects(String userId, String... markers) throws Exception {
    return to(userId, markers).stream().map(Received::subject).toList();
  }

  /** The mails to the demo user that mention every marker, in their subject or text. */
  private List<Received> to(String userId, String... markers) throws Exception {
    List<Received> received = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      Received mail = new Received(message, message.getSubject(), (String) message.getContent());
      if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(userId + "@demo.example")
          && Arrays.stream(markers).allMatch(marker -> mail.subject().contains(marker) || mail.html().contains(marker))) {
        received.add(mail);
      }
    }
    return received;
  }

  record Received(MimeMessage message, String subject, String html) {
  }

  private static GreenMail startSmtp() {
    GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
