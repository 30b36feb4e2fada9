package vn.directivecascade.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Elements;
import vn.directivecascade.deadline.DueRule;
import vn.directivecascade.deadline.PeriodKind;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.directive.RecipientRole;
import vn.directivecascade.notification.Notification;
import vn.directivecascade.notification.NotificationKind;
import vn.directivecascade.notification.NotificationService;
import vn.directivecascade.reporting.Comparison;
import vn.directivecascade.reporting.ReportingObligation;
import vn.directivecascade.reporting.ReportingRegimeService;
import vn.directivecascade.reporting.Target;

/** Every path of directive-cascade on the real engine, beans and database; the job executor is off. */
@SpringBootTest
class DirectiveCascadeProcessTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired DirectiveRepository directives;
  @Autowired NotificationService notifications;
  @Autowired ReportingRegimeService regimes;

  CascadeDriver driver;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    driver = new CascadeDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void leafDraftsApprovesAndIssuesItsPlan() {
    ProcessInstance instance = driver.start("lai-chau-syt-bvdk", "lai-chau-syt");
    assertThat(instance).isWaitingAt(Elements.DRAFT_PLAN);
    Task draft = driver.task(instance, Elements.DRAFT_PLAN);
    assertThat(draft.getName()).as("which directive and which organisation")
        .isEqualTo("Soạn kế hoạch " + runtimeService.getVariable(instance.getId(), DIRECTIVE_NUMBER) + " — Bệnh viện Đa khoa tỉnh Lai Châu");
    assertThat(draft.getAssignee()).as("the organisation's drafters claim the first draft").isNull();
    assertThat(draft).hasCandidateGroup("lai-chau-syt-bvdk-drafters");
    assertThat(runtimeService.getVariable(instance.getId(), CASCADE_ORGS).toString()).isEqualTo("[]");

    driver.submitDraft(instance.getId(), List.of());
    Task approval = driver.task(instance, Elements.APPROVE_PLAN);
    assertThat(approval).hasCandidateGroup("lai-chau-syt-bvdk-approvers");
    driver.approve(instance.getId());
    assertThat(instance).isWaitingAt(Elements.ISSUE_PLAN); // async: the approver's action ends here

    driver.executeJobs();
    assertThat(instance).isEnded().hasPassed(Elements.RECEIVE_DIRECTIVE, Elements.ISSUE_PLAN, Elements.PLAN_ISSUED_AT_LEAF)
        .hasNotPassed(Elements.CASCADE);
    Directive plan = issuedPlan(instance);
    assertThat(plan.getIssuer().getCode()).isEqualTo("lai-chau-syt-bvdk");
    assertThat(plan.getBasis().getId()).isEqualTo(receivedDocumentId(instance));
    assertThat(plan.getBasis().getIssuer().getCode()).isEqualTo("lai-chau-syt");
    assertThat(plan.getSigningCapacity()).hasToString("KT");
    assertThat(plan.getRecipients()).extracting(r -> r.getOrganization().getCode(), r -> r.getRole())
        .containsExactly(tuple("lai-chau-syt", RecipientRole.FOR_INFORMATION));
  }

  @Test
  void anIssuedPlanKeepsItsReportingRegimeAndTargets() {
    // Kế hoạch 38/KH-LĐLĐ: district federations report 6-monthly by 20/06 and 20/12, 2023-2028.
    ProcessInstance federation = driver.start("lai-chau-ldld", "lai-chau");
    Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-LĐLĐ"), List.of("lai-chau-ldld-tam-duong"));
    draft.put(ReportingRegimeService.Fields.PERIOD_KIND, "SEMI_ANNUAL");
    draft.put(ReportingRegimeService.Fields.REPORTER_DUE, "20/06, 20/12");
    draft.put(ReportingRegimeService.Fields.VALID_UNTIL, "2028-12-31");
    draft.put(ReportingRegimeService.Fields.TARGETS, """
        Doanh nghiệp nhà nước có công đoàn cơ sở tổ chức đối thoại | >= | 100 | %
        Doanh nghiệp ngoài nhà nước có công đoàn cơ sở tổ chức đối thoại | ≥ | 75 | %
        """);
    taskService.complete(driver.task(federation, Elements.DRAFT_PLAN).getId(), draft);
    driver.approve(federation.getId());
    driver.executeJobs();

    Directive plan = issuedPlan(federation);
    List<ReportingObligation> obligations = regimes.obligationsOf(plan.getId());
    assertThat(obligations).hasSize(1);
    ReportingObligation obligation = obligations.get(0);
    assertThat(obligation.getPeriodKind()).isEqualTo(PeriodKind.SEMI_ANNUAL);
    assertThat(obligation.reporterDueRule()).isEqualTo(new DueRule.FixedDates(List.of(MonthDay.of(6, 20), MonthDay.of(12, 20))));
    assertThat(obligation.getConsolidator().getCode()).as("reports go to the issuer").isEqualTo("lai-chau-ldld");
    assertThat(obligation.getValidUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
    assertThat(regimes.targetsOf(plan.getId())).extracting(Target::getComparison, t -> t.getValue().intValue(), Target::getUnit)
        .containsExactly(tuple(Comparison.AT_LEAST, 100, "%"), tuple(Comparison.AT_LEAST, 75, "%"));
  }

  @Test
  void returnedPlanGoesBackToItsDrafterWithTheCommentThenIsApproved() {
    ProcessInstance instance = driver.start("lai-chau-syt-cdc", "lai-chau-syt");
    taskService.claim(driver.task(instance, Elements.DRAFT_PLAN).getId(), "lai-chau-syt-cdc-drafter");
    driver.submitDraft(instance.getId(), List.of());
    taskService.complete(driver.task(instance, Elements.APPROVE_PLAN).getId(),
        Map.of(DECISION, DECISION_RETURN, COMMENT, "Bổ sung chỉ tiêu đối thoại tại nơi làm việc"));

    assertThat(instance).isWaitingAt(Elements.DRAFT_PLAN);
    assertThat(driver.task(instance, Elements.DRAFT_PLAN).getAssignee()).as("back to the drafter who submitted it")
        .isEqualTo("lai-chau-syt-cdc-drafter");
    assertThat(runtimeService.getVariable(instance.getId(), COMMENT)).isEqualTo("Bổ sung chỉ tiêu đối thoại tại nơi làm việc");
    assertThat(runtimeService.getVariable(instance.getId(), PLAN_TITLE))
        .as("the draft is kept for revision").isEqualTo("Kế hoạch thực hiện Chỉ thị số 37-CT/TW");

    driver.submitDraft(instance.getId(), List.of());
    assertThat(runtimeService.getVariables(instance.getId())).as("the last round's decision is cleared")
        .containsEntry(DECISION, null);
    driver.approve(instance.getId());
    driver.executeJobs();
    assertThat(instance).isEnded().hasPassedInOrder(Elements.DRAFT_PLAN, Elements.APPROVE_PLAN,
        Elements.DRAFT_PLAN, Elements.APPROVE_PLAN, Elements.ISSUE_PLAN);
    assertThat(issuedPlan(instance)).isNotNull();
  }

  @Test
  void offersEveryOrganisationDirectlyBelowPreselected() {
    ProcessInstance instance = driver.start("lai-chau", "chinh-phu");
    SpinJsonNode options = Spin.JSON(runtimeService.getVariable(instance.getId(), SUBORDINATE_OPTIONS).toString());
    List<String> values = new ArrayList<>();
    options.elements().forEach(o -> values.add(o.prop("value").stringValue()));
    assertThat(values).containsExactlyInAnyOrder("lai-chau-syt", "lai-chau-sldtbxh", "lai-chau-ldld",
        "lai-chau-snv", "lai-chau-stp", "lai-chau-skhdt");
    assertThat(options.elements()).extracting(o -> o.prop("label").stringValue())
        .contains("Sở Y tế tỉnh Lai Châu", "Liên đoàn Lao động tỉnh Lai Châu");
    SpinJsonNode preselected = Spin.JSON(runtimeService.getVariable(instance.getId(), CASCADE_ORGS).toString());
    assertThat(preselected.elements()).extracting(SpinJsonNode::stringValue).containsExactlyElementsOf(values);
  }

  @Test
  void cascadesThreeLevelsDownAndEndsWhenTheLastUnitIssues() {
    ProcessInstance province = driver.start("lai-chau", "chinh-phu");
    driver.draftApproveAndIssue(province.getId(), List.of("lai-chau-syt"));
    assertThat(province).isActive().hasPassed(Elements.ISSUE_PLAN);

    ProcessInstance department = driver.child(province, "lai-chau-syt");
    assertThat(department).as("the department's instance is a child of the province's").isNotNull();
    assertThat(department.getBusinessKey()).endsWith(":lai-chau-syt");
    assertThat(department).isWaitingAt(Elements.DRAFT_PLAN);
    driver.draftApproveAndIssue(department.getId(), List.of("lai-chau-syt-bvdk"));

    ProcessInstance hospital = driver.child(department, "lai-chau-syt-bvdk");
    assertThat(hospital).isWaitingAt(Elements.DRAFT_PLAN);
    assertThat(runtimeService.getVariable(hospital.getId(), DIRECTIVE_TYPE)).isEqualTo("KE_HOACH");
    assertThat(runtimeService.getVariable(hospital.getId(), ISSUER_CODE)).isEqualTo("lai-chau-syt");
    driver.draftApproveAndIssue(hospital.getId(), List.of());

    assertThat(hospital).isEnded();
    assertThat(department).isEnded().hasPassed(Elements.CASCADE_COMPLETED);
    assertThat(province).isEnded().hasPassed(Elements.CASCADE_COMPLETED);
    // Lineage: hospital plan → department plan → province plan → received directive.
    Directive hospitalPlan = issuedPlan(hospital);
    Directive departmentPlan = issuedPlan(department);
    Directive provincePlan = issuedPlan(province);
    assertThat(hospitalPlan.getBasis().getId()).isEqualTo(departmentPlan.getId());
    assertThat(departmentPlan.getBasis().getId()).isEqualTo(provincePlan.getId());
    assertThat(provincePlan.getBasis().getId()).isEqualTo(receivedDocumentId(province));
  }

  @Test
  void deadlineIsTheTaskDueDateWithReminderAndOverdueTimers() {
    ZonedDateTime received = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, VIETNAM);
    ClockUtil.setCurrentTime(Date.from(received.toInstant()));
    ProcessInstance instance = driver.start("lai-chau-syt-ttyt-sin-ho", "lai-chau-syt");

    LocalDate deadline = LocalDate.of(2026, 4, 1); // 30 days from receipt
    assertThat(runtimeService.getVariable(instance.getId(), DRAFT_DEADLINE)).isEqualTo(deadline.toString());
    Task draft = driver.task(instance, Elements.DRAFT_PLAN);
    assertThat(draft.getDueDate()).isEqualTo(Date.from(deadline.atTime(23, 59, 59).atZone(VIETNAM).toInstant()));
    ZonedDateTime reminder = deadline.minusDays(3).atTime(8, 0).atZone(VIETNAM);
    assertThat(draft.getFollowUpDate()).isEqualTo(Date.from(reminder.toInstant()));

    ClockUtil.setCurrentTime(Date.from(reminder.minusMinutes(1).toInstant()));
    assertThat(timersDue(instance)).as("nothing fires before the reminder").isEmpty();
    ClockUtil.setCurrentTime(Date.from(reminder.plusMinutes(1).toInstant()));
    assertThat(timersDue(instance)).hasSize(1);
    driver.executeJobs();
    assertThat(instance).hasPassed(Elements.REMINDER_TIMER).hasNotPassed(Elements.OVERDUE_TIMER)
        .isWaitingAt(Elements.DRAFT_PLAN);
    assertThat(notifications.ofProcessInstance(instance.getId())).extracting(Notification::getKind, Notification::getRecipientGroup)
        .containsExactly(tuple(NotificationKind.NEW_TASK, "lai-chau-syt-ttyt-sin-ho-drafters"),
            tuple(NotificationKind.DRAFT_REMINDER, "lai-chau-syt-ttyt-sin-ho-drafters"));

    ClockUtil.setCurrentTime(Date.from(deadline.plusDays(1).atStartOfDay(VIETNAM).plusMinutes(1).toInstant()));
    driver.executeJobs();
    assertThat(instance).hasPassed(Elements.OVERDUE_TIMER).isWaitingAt(Elements.DRAFT_PLAN, Elements.FOLLOW_UP_OVERDUE_PLAN);
    assertThat(runtimeService.getVariable(instance.getId(), PLAN_OVERDUE)).isEqualTo(true);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId())
        .variableValueEquals(PLAN_OVERDUE, true).count()).as("overdue plans are queryable").isEqualTo(1);
    Task followUp = driver.task(instance, Elements.FOLLOW_UP_OVERDUE_PLAN);
    assertThat(followUp).hasCandidateGroup("lai-chau-syt-approvers");
    assertThat(notifications.ofProcessInstance(instance.getId())).extracting(Notification::getKind)
        .as("the follow-up task for the approvers the plan was raised to is the escalation's, not a notification of its own")
        .containsExactly(NotificationKind.NEW_TASK, NotificationKind.DRAFT_REMINDER, NotificationKind.PLAN_OVERDUE);

    // A late plan is still accepted; issuing it ends the follow-up and keeps the original deadline.
    driver.submitDraft(instance.getId(), List.of());
    driver.approve(instance.getId());
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    driver.executeJobs();
    assertThat(instance).isEnded();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(ORIGINAL_DRAFT_DEADLINE).singleResult().getValue()).isEqualTo(deadline.toString());
  }

  @Test
  void issuersApproversExtendAnOverdueDeadlineAndAreCalledAgainWhenTheExtensionPasses() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 5, 4, 9, 0, 0, 0, VIETNAM).toInstant()));
    ProcessInstance instance = driver.start("lai-chau-ldld-phong-tho", "lai-chau-ldld");
    LocalDate deadline = LocalDate.of(2026, 6, 3);
    ClockUtil.setCurrentTime(Date.from(deadline.plusDays(1).atTime(9, 0).atZone(VIETNAM).toInstant()));
    driver.executeJobs();

    LocalDate extended = deadline.plusDays(14);
    taskService.complete(driver.task(instance, Elements.FOLLOW_UP_OVERDUE_PLAN).getId(),
        Map.of(FOLLOW_UP_NOTE, "Đã gọi điện đôn đốc", NEW_DRAFT_DEADLINE, extended.toString()));
    assertThat(instance).hasPassed(Elements.EXTEND_DEADLINE).isWaitingAt(Elements.DRAFT_PLAN, Elements.EXTENDED_DEADLINE_TIMER);
    assertThat(runtimeService.getVariable(instance.getId(), DRAFT_DEADLINE)).isEqualTo(extended.toString());
    assertThat(runtimeService.getVariable(instance.getId(), ORIGINAL_DRAFT_DEADLINE)).isEqualTo(deadline.toString());
    assertThat(runtimeService.getVariable(instance.getId(), PLAN_OVERDUE)).as("late stays late").isEqualTo(true);
    Task draft = driver.task(instance, Elements.DRAFT_PLAN);
    assertThat(draft.getDueDate()).isEqualTo(Date.from(extended.atTime(23, 59, 59).atZone(VIETNAM).toInstant()));
    assertThat(draft.getFollowUpDate()).isEqualTo(Date.from(extended.minusDays(3).atTime(8, 0).atZone(VIETNAM).toInstant()));

    ClockUtil.setCurrentTime(Date.from(extended.plusDays(1).atTime(9, 0).atZone(VIETNAM).toInstant()));
    driver.executeJobs();
    assertThat(driver.task(instance, Elements.FOLLOW_UP_OVERDUE_PLAN)).as("called again").hasCandidateGroup("lai-chau-ldld-approvers");
    assertThat(runtimeService.getVariable(instance.getId(), NEW_DRAFT_DEADLINE)).as("this round not answered yet").isNull();
    assertThat(notifications.ofProcessInstance(instance.getId())).extracting(Notification::getKind)
        .containsExactly(NotificationKind.NEW_TASK, NotificationKind.DRAFT_REMINDER, NotificationKind.PLAN_OVERDUE,
            NotificationKind.PLAN_OVERDUE);

    taskService.complete(driver.task(instance, Elements.FOLLOW_UP_OVERDUE_PLAN).getId(), Map.of(FOLLOW_UP_NOTE, "Không gia hạn thêm"));
    assertThat(instance).isWaitingAt(Elements.DRAFT_PLAN).hasPassed("EndEvent_OverdueFollowedUp");
  }

  @Test
  void parentSetsTheDraftingDeadlineOfTheOrganisationsBelow() {
    ProcessInstance department = driver.start("lai-chau-ldld", "lai-chau");
    Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber("KH-LĐLĐ"), List.of("lai-chau-ldld-tam-duong"));
    String childDeadline = LocalDate.now(VIETNAM).plusDays(20).toString();
    draft.put(CHILD_DRAFT_DEADLINE, childDeadline);
    taskService.complete(driver.task(department, Elements.DRAFT_PLAN).getId(), draft);
    driver.approve(department.getId());
    driver.executeJobs();

    ProcessInstance district = driver.child(department, "lai-chau-ldld-tam-duong");
    assertThat(runtimeService.getVariable(district.getId(), DRAFT_DEADLINE)).isEqualTo(childDeadline);
    assertThat(driver.task(district, Elements.DRAFT_PLAN).getDueDate())
        .isEqualTo(Date.from(LocalDate.parse(childDeadline).atTime(23, 59, 59).atZone(VIETNAM).toInstant()));
  }

  @Test
  void siblingsFinishingAtTheSameMomentNeverFailAUsersAction() throws Exception {
    ProcessInstance department = driver.start("lai-chau-syt", "lai-chau");
    // every unit of the health department at once: the more siblings, the surer the race
    List<String> units = List.of("lai-chau-syt-bvdk", "lai-chau-syt-cdc", "lai-chau-syt-ttyt-tam-duong",
        "lai-chau-syt-ttyt-phong-tho", "lai-chau-syt-ttyt-sin-ho");
    driver.draftApproveAndIssue(department.getId(), units);
    List<ProcessInstance> children = units.stream().map(unit -> driver.child(department, unit)).toList();
    children.forEach(child -> driver.submitDraft(child.getId(), List.of()));

    // All approvers press "approve" at the same instant.
    concurrently(children.stream().<Callable<Void>>map(child -> () -> {
      driver.approve(child.getId());
      return null;
    }).toList());
    // The job executor then issues the plans and completes the call activities concurrently.
    List<Job> issueJobs = children.stream().map(child -> engine.getManagementService().createJobQuery()
        .processInstanceId(child.getId()).activityId(Elements.ISSUE_PLAN).singleResult()).toList();
    concurrently(issueJobs.stream().<Callable<Void>>map(job -> () -> {
      try {
        engine.getManagementService().executeJob(job.getId());
      } catch (OptimisticLockingException e) {
        // a job that lost the race is retried (executeJobs below), which is what the async boundary is for
      }
      return null;
    }).toList());
    driver.executeJobs();

    children.forEach(child -> assertThat(child).isEnded());
    assertThat(department).isEnded().hasPassed(Elements.CASCADE_COMPLETED);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(department.getId()).count()).isZero();
  }

  @Test
  void aPlanThatCannotBeIssuedIsRetriedThenBecomesAnIncident() {
    // Two cascades of one organisation drafted with the same number; only the first can be issued.
    String number = CascadeDriver.uniqueNumber("KH-STP");
    List<ProcessInstance> instances = List.of(driver.start("ha-noi-stp", "ha-noi"), driver.start("ha-noi-stp", "ha-noi"));
    for (ProcessInstance instance : instances) {
      taskService.complete(driver.task(instance, Elements.DRAFT_PLAN).getId(), CascadeDriver.draft(number, List.of()));
      driver.approve(instance.getId());
    }
    ManagementService management = engine.getManagementService();
    management.executeJob(issueJob(instances.get(0)).getId());
    assertThat(instances.get(0)).isEnded();

    assertThat(catchThrowable(() -> management.executeJob(issueJob(instances.get(1)).getId())))
        .hasMessageContaining("planNumber");
    Job failing = issueJob(instances.get(1));
    assertThat(failing.getRetries()).as("one retry per interval of failedJobRetryTimeCycle").isEqualTo(5);
    assertThat(failing.getExceptionMessage()).contains("planNumber", number, "đã được đơn vị dùng");
    assertThat(failing.getDuedate()).as("retried after the first interval, not at once").isAfter(ClockUtil.getCurrentTime());
    for (int retry = 0; retry < 5; retry++) {
      assertThat(catchThrowable(() -> management.executeJob(failing.getId()))).isNotNull();
    }
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instances.get(1).getId()).singleResult().getIncidentMessage())
        .contains(number);
    assertThat(instances.get(1)).isWaitingAt(Elements.ISSUE_PLAN);
  }

  @Test
  void everyUserTaskFindsItsFormInTheSameDeployment() {
    String definitionId = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(DirectiveCascadeProcess.KEY).latestVersion().singleResult().getId();
    String deploymentId = repositoryService.getProcessDefinition(definitionId).getDeploymentId();
    // Named by their classpath path, as the tasks' embedded:deployment: form keys name them (not a file's absolute path).
    assertThat(repositoryService.getDeploymentResourceNames(deploymentId)).contains("bpmn/directive-cascade.bpmn",
        "forms/start-directive-cascade.html", "forms/draft-plan.html", "forms/approve-plan.html", "forms/follow-up-overdue-plan.html");
    assertThat(formName(formService.getDeployedStartForm(definitionId))).isEqualTo("startDirectiveCascade");

    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, VIETNAM).toInstant()));
    ProcessInstance instance = driver.start("lai-chau-syt-ttyt-phong-tho", "lai-chau-syt");
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, VIETNAM).toInstant()));
    driver.executeJobs(); // reminder and overdue: the follow-up task opens
    for (String taskKey : List.of(Elements.DRAFT_PLAN, Elements.FOLLOW_UP_OVERDUE_PLAN)) {
      assertThat(formName(formService.getDeployedTaskForm(driver.task(instance, taskKey).getId()))).isEqualTo(camelCase(taskKey));
    }
    driver.submitDraft(instance.getId(), List.of());
    assertThat(formName(formService.getDeployedTaskForm(driver.task(instance, Elements.APPROVE_PLAN).getId())))
        .isEqualTo(camelCase(Elements.APPROVE_PLAN));
  }

  private Job issueJob(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(Elements.ISSUE_PLAN).singleResult();
  }

  private List<Job> timersDue(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().executable().list();
  }

  private long receivedDocumentId(ProcessInstance instance) {
    return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(RECEIVED_DOCUMENT_ID).singleResult().getValue();
  }

  private Directive issuedPlan(ProcessInstance instance) {
    Long planId = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(ISSUED_PLAN_ID).singleResult().getValue();
    return directives.findWithRecipientsById(planId).orElseThrow();
  }

  /** The name of the form an embedded form's HTML holds: {@code <form ... name="draftPlan">}. */
  private static String formName(InputStream form) {
    try (form) {
      Matcher name = Pattern.compile("<form[^>]* name=\"([^\"]+)\"").matcher(new String(form.readAllBytes(), StandardCharsets.UTF_8));
      return name.find() ? name.group(1) : null;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String camelCase(String kebab) {
    return Pattern.compile("-(\\w)").matcher(kebab).replaceAll(letter -> letter.group(1).toUpperCase());
  }

  private static void concurrently(List<Callable<Void>> actions) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(actions.size());
    CyclicBarrier start = new CyclicBarrier(actions.size());
    try {
      List<Future<Void>> results = new ArrayList<>();
      for (Callable<Void> action : actions) {
        results.add(pool.submit(() -> {
          start.await();
          return action.call();
        }));
      }
      for (Future<Void> result : results) {
        result.get(60, TimeUnit.SECONDS); // rethrows a failed action
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
