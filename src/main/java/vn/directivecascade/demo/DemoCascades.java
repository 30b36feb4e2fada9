package vn.directivecascade.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Elements;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Variables;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.plantask.TaskTableService;
import vn.directivecascade.reporting.ReportingRegimeService.Fields;

/**
 * Demo profile: the two real chains, already cascaded and issued through the real process, so a
 * new user finds their reporting timers in Cockpit and the provincial plan's tasks in Tasklist. Chỉ thị 37-CT/TW goes down to the Lai Châu
 * health department (units report by 05/11, the department by 05/12) and to the provincial labour
 * federation, whose Kế hoạch 38/KH-LĐLĐ has its districts report by 20/06 and 20/12.
 */
@Component
@Profile("demo")
@Order(2)
class DemoCascades implements ApplicationRunner {

  static final String DIRECTIVE_NUMBER = "37-CT/TW";

  /**
   * The provincial plan's task table, as its drafter would enter it: lead and cooperating agencies by
   * name, time frames recurring or still ahead, so each lead finds its current cycle in Tasklist.
   */
  static final String PROVINCIAL_TASKS = """
      1 | Tuyên truyền, phổ biến Chỉ thị số 37-CT/TW và Kế hoạch này đến người lao động, người sử dụng lao động | Sở Lao động – Thương binh và Xã hội | Sở Y tế; Liên đoàn Lao động tỉnh | Báo cáo kết quả | Hằng năm, trước ngày 15/12 |
      2 | Tổ chức đối thoại tại nơi làm việc trong các cơ sở y tế công lập | Sở Y tế | Liên đoàn Lao động tỉnh; Sở Lao động – Thương binh và Xã hội; Sở Nội vụ | Kế hoạch của ngành Y tế | Hằng năm, trước ngày 30/11 | Sản phẩm có thể là kế hoạch Sở đã ban hành
      3 | Thanh tra, kiểm tra việc chấp hành pháp luật lao động tại doanh nghiệp | Sở Lao động – Thương binh và Xã hội | Sở Nội vụ | Báo cáo | Hằng năm |
      4 | Xây dựng quan hệ lao động hài hòa trong doanh nghiệp ngoài nhà nước | Liên đoàn Lao động tỉnh | Sở Lao động – Thương binh và Xã hội | Báo cáo | Giai đoạn 2024-2028 |
      5 | Đánh giá kết quả thực hiện Chỉ thị số 37-CT/TW trên địa bàn tỉnh | Sở Lao động – Thương binh và Xã hội | Sở Kế hoạch và Đầu tư; Sở Tư pháp | Báo cáo đánh giá | trước ngày 31/3/2027 |""";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final DirectiveRepository directives;
  private final boolean enabled;

  DemoCascades(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      DirectiveRepository directives, @Value("${directive-cascade.demo.cascades:true}") boolean enabled) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.directives = directives;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (enabled) {
      seed();
    }
  }

  /** Once: the directive and the plans of the two chains. */
  void seed() {
    if (directives.findByIssuerCodeAndNumberAndIssueYear("ban-bi-thu", DIRECTIVE_NUMBER, 2019).isPresent()) {
      return;
    }
    Map<String, Object> start = new HashMap<>();
    start.put(Variables.ORG_CODE, "chinh-phu");
    start.put(Variables.ISSUER_CODE, "ban-bi-thu");
    start.put(Variables.DIRECTIVE_TYPE, "CHI_THI");
    start.put(Variables.DIRECTIVE_NUMBER, DIRECTIVE_NUMBER);
    start.put(Variables.DIRECTIVE_TITLE, "Về tăng cường sự lãnh đạo của Đảng đối với việc xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới");
    start.put(Variables.ISSUE_DATE, "2019-09-03");
    ProcessInstance government = runtimeService.startProcessInstanceByKey(DirectiveCascadeProcess.KEY, start);

    issue(government.getId(), plan("QUYET_DINH", "416/QĐ-TTg", "2020-03-25",
        "Ban hành Kế hoạch thực hiện Chỉ thị số 37-CT/TW", List.of("lai-chau")));
    String province = child(government.getId(), "lai-chau");
    Map<String, Object> provincial = plan("KE_HOACH", "916/KH-UBND", "2020-05-12",
        "Thực hiện Chỉ thị số 37-CT/TW trên địa bàn tỉnh Lai Châu", List.of("lai-chau-syt", "lai-chau-ldld"));
    provincial.put(TaskTableService.FIELD, PROVINCIAL_TASKS);
    issue(province, provincial);

    Map<String, Object> health = plan("KE_HOACH", "1088/KH-SYT", "2020-05-29",
        "Thực hiện Kế hoạch số 916/KH-UBND trong ngành Y tế", List.of("lai-chau-syt-bvdk", "lai-chau-syt-cdc"));
    health.put(Fields.PERIOD_KIND, "ANNUAL");
    health.put(Fields.REPORTER_DUE, "05/11");
    health.put(Fields.CONSOLIDATOR_DUE, "05/12");
    health.put(Fields.TARGETS, "Đơn vị tổ chức hội nghị đối thoại tại nơi làm việc | >= | 100 | %");
    issue(child(province, "lai-chau-syt"), health);

    Map<String, Object> federation = plan("KE_HOACH", "38/KH-LĐLĐ", "2024-02-23",
        "Thực hiện Chương trình khâu đột phá về xây dựng quan hệ lao động hài hòa, giai đoạn 2023-2028",
        List.of("lai-chau-ldld-tam-duong", "lai-chau-ldld-phong-tho", "lai-chau-ldld-than-uyen", "lai-chau-ldld-thanh-pho"));
    federation.put(Fields.PERIOD_KIND, "SEMI_ANNUAL");
    federation.put(Fields.REPORTER_DUE, "20/06, 20/12");
    federation.put(Fields.VALID_UNTIL, "2028-12-31");
    federation.put(Fields.TARGETS, """
        Doanh nghiệp nhà nước có công đoàn cơ sở tổ chức đối thoại tại nơi làm việc | >= | 100 | %
        Doanh nghiệp ngoài nhà nước có công đoàn cơ sở tổ chức đối thoại tại nơi làm việc | >= | 75 | %""");
    issue(child(province, "lai-chau-ldld"), federation);
  }

  private static Map<String, Object> plan(String type, String number, String issueDate, String title, List<String> below) {
    Map<String, Object> plan = new HashMap<>();
    plan.put(Variables.PLAN_TYPE, type);
    plan.put(Variables.PLAN_NUMBER, number);
    plan.put(Variables.PLAN_ISSUE_DATE, issueDate);
    plan.put(Variables.PLAN_TITLE, title);
    plan.put(Variables.PLAN_CONTENT, "I. MỤC ĐÍCH, YÊU CẦU\nII. NHIỆM VỤ, GIẢI PHÁP\nIII. TỔ CHỨC THỰC HIỆN");
    plan.put(Variables.CASCADE_ORGS, new ArrayList<>(below)); // a type the engine allows to deserialize
    return plan;
  }

  /** Drafted, approved and issued; the leaves below draft theirs too, without a regime. */
  private void issue(String processInstanceId, Map<String, Object> plan) {
    taskService.complete(task(processInstanceId, Elements.DRAFT_PLAN).getId(), plan);
    taskService.complete(task(processInstanceId, Elements.APPROVE_PLAN).getId(),
        Map.of(Variables.DECISION, Variables.DECISION_APPROVE, Variables.COMMENT, "Đồng ý ban hành"));
    runDueJobs(); // the job executor starts only once the application is ready
  }

  private String child(String parentId, String orgCode) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(parentId)
        .variableValueEquals(Variables.ORG_CODE, orgCode).singleResult().getId();
  }

  private Task task(String processInstanceId, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
  }

  private void runDueJobs() {
    List<Job> due;
    while (!(due = managementService.createJobQuery().executable().listPage(0, 1)).isEmpty()) {
      managementService.executeJob(due.get(0).getId());
    }
  }
}
