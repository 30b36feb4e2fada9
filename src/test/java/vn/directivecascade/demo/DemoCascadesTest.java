package vn.directivecascade.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.plantask.Agency;
import vn.directivecascade.plantask.PlanTaskProcess;
import vn.directivecascade.plantask.PlanTaskStatusService;
import vn.directivecascade.reporting.PeriodicReportProcess;

/**
 * The demo's two real chains: a new user finds the reporting timers with the right due dates, and
 * executing a window-opening job (as Cockpit's or the REST API's "execute job" does) opens the
 * report tasks with the right due dates.
 */
@SpringBootTest
class DemoCascadesTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired DemoCascades demoCascades;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired DirectiveRepository directives;
  @Autowired PlanTaskStatusService planTasks;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theHealthAndLabourFederationChainsWaitForTheirNextWindows() {
    ClockUtil.setCurrentTime(at(2026, 11, 22, 9, 0, 0));
    demoCascades.seed();
    demoCascades.seed(); // once only

    Job healthWindow = windowTimer(cycleOf("lai-chau-syt", "1088/KH-SYT", 2020));
    Job federationWindow = windowTimer(cycleOf("lai-chau-ldld", "38/KH-LĐLĐ", 2024));
    assertThat(healthWindow.getDuedate()).as("health: units by 05/11/2027, window 22/10").isEqualTo(at(2027, 10, 22, 8, 0, 0));
    assertThat(federationWindow.getDuedate()).as("federation: districts by 20/12/2026, window 06/12").isEqualTo(at(2026, 12, 6, 8, 0, 0));
    managementService.executeJob(federationWindow.getId());

    List<Task> districtReports = taskService.createTaskQuery().taskDefinitionKey(PeriodicReportProcess.Elements.PREPARE_REPORT)
        .taskNameLike("%38/KH-LĐLĐ%").taskCandidateGroup("lai-chau-ldld-tam-duong-drafters").list();
    assertThat(districtReports).hasSize(1);
    assertThat(districtReports.get(0).getDueDate()).isEqualTo(at(2026, 12, 20, 23, 59, 59));
    assertThat(districtReports.get(0).getName()).contains("6 tháng 2/2026", "38/KH-LĐLĐ", "Liên đoàn Lao động huyện Tam Đường");
    assertThat(taskService.createTaskQuery().taskDefinitionKey(PeriodicReportProcess.Elements.PREPARE_REPORT)
        .taskNameLike("%38/KH-LĐLĐ%").taskCandidateGroupIn(List.of("lai-chau-ldld-tam-duong-drafters", "lai-chau-ldld-phong-tho-drafters",
            "lai-chau-ldld-than-uyen-drafters", "lai-chau-ldld-thanh-pho-drafters")).count()).isEqualTo(4);
  }

  @Test
  void theProvincialPlansTasksAreTheLeadAgenciesWorkInTasklistWithTheirStatus() {
    long plan = directives.findByIssuerCodeAndNumberAndIssueYear("lai-chau", "916/KH-UBND", 2020).orElseThrow().getId();
    PlanTaskStatusService.PlanTasks tasks = planTasks.tasksOf(plan).orElseThrow();
    assertThat(tasks.tasks()).extracting(task -> task.lead().code())
        .containsExactly("lai-chau-sldtbxh", "lai-chau-syt", "lai-chau-sldtbxh", "lai-chau-ldld", "lai-chau-sldtbxh");
    assertThat(tasks.tasks().get(1).cooperators()).extracting(Agency::code)
        .containsExactlyInAnyOrder("lai-chau-ldld", "lai-chau-sldtbxh", "lai-chau-snv");
    assertThat(tasks.tasks()).allSatisfy(task -> assertThat(task.cycles()).as("task %s has its current cycle open", task.number())
        .anySatisfy(cycle -> assertThat(cycle.processInstanceId()).isNotNull()));

    List<Task> labourWork = taskService.createTaskQuery().taskDefinitionKey(PlanTaskProcess.Elements.EXECUTE_TASK)
        .taskCandidateGroup("lai-chau-sldtbxh-drafters").taskNameLike("%916/KH-UBND%").list();
    assertThat(labourWork).as("tasks 1, 3 and 5 of the labour department").hasSize(3);
    assertThat(labourWork).allSatisfy(task -> assertThat(task.getDueDate()).isNotNull());
    assertThat(taskService.createTaskQuery().taskDefinitionKey(PlanTaskProcess.Elements.CONTRIBUTE_TASK)
        .taskCandidateGroup("lai-chau-snv-drafters").taskNameLike("%916/KH-UBND%").count()).as("home affairs cooperates on tasks 2 and 3")
        .isEqualTo(2);
  }

  private ProcessInstance cycleOf(String issuerCode, String number, int year) {
    long planId = directives.findByIssuerCodeAndNumberAndIssueYear(issuerCode, number, year).orElseThrow().getId();
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.CYCLE_KEY)
        .variableValueEquals(PeriodicReportProcess.Variables.PLAN_ID, planId).singleResult();
  }

  private Job windowTimer(ProcessInstance cycle) {
    return managementService.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult();
  }

  private static Date at(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute, second).atZone(VIETNAM).toInstant());
  }
}
