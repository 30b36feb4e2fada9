package vn.directivecascade.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Elements;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.directive.DocumentType;

/**
 * The chain the system was designed from, through the engine's services: Chỉ thị 37-CT/TW of the
 * Secretariat → the Government → UBND tỉnh Lai Châu → Sở Y tế → the provincial general hospital.
 */
@SpringBootTest
class RealChainTest {

  /** Organisation, the organisation below it in the chain (null at the end), its plan's type and symbol. */
  record Level(String org, String next, String type, String symbol) {
  }

  static final List<Level> CHAIN = List.of(
      new Level("ban-bi-thu", "chinh-phu", "CONG_VAN", "CV/TW"),
      new Level("chinh-phu", "lai-chau", "QUYET_DINH", "QĐ-TTg"),
      new Level("lai-chau", "lai-chau-syt", "KE_HOACH", "KH-UBND"),
      new Level("lai-chau-syt", "lai-chau-syt-bvdk", "KE_HOACH", "KH-SYT"),
      new Level("lai-chau-syt-bvdk", null, "KE_HOACH", "KH-BVĐK"));

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired DirectiveRepository directives;

  @Test
  void directiveOfTheSecretariatReachesTheHospital() {
    BpmnAwareTests.init(engine);
    CascadeDriver driver = new CascadeDriver(engine);
    Map<String, Object> start = CascadeDriver.startVariables("ban-bi-thu", "ban-bi-thu", CascadeDriver.uniqueNumber("CT/TW"));
    ProcessInstance root = runtimeService.startProcessInstanceByKey(DirectiveCascadeProcess.KEY, start);

    String current = root.getId();
    for (Level level : CHAIN) {
      assertThat(runtimeService.getVariable(current, ORG_CODE)).isEqualTo(level.org());
      Map<String, Object> draft = CascadeDriver.draft(CascadeDriver.uniqueNumber(level.symbol()),
          level.next() == null ? List.of() : List.of(level.next()));
      draft.put(PLAN_TYPE, level.type());
      taskService.complete(driver.task(current, Elements.DRAFT_PLAN).getId(), draft);
      driver.approve(current);
      driver.executeJobs();
      if (level.next() != null) {
        current = driver.child(current, level.next()).getId();
      }
    }

    assertThat(root).isEnded().hasPassed(Elements.CASCADE_COMPLETED);
    List<HistoricProcessInstance> tree = historyService.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(root.getId()).completed().list();
    assertThat(tree).as("one instance per organisation, all in the root's hierarchy (Cockpit's view)").hasSize(5);

    Directive plan = issuedPlan(current);
    for (int i = CHAIN.size() - 1; i >= 0; i--) {
      assertThat(plan.getIssuer().getCode()).isEqualTo(CHAIN.get(i).org());
      assertThat(plan.getType()).isEqualTo(DocumentType.valueOf(CHAIN.get(i).type()));
      plan = directives.findWithRecipientsById(plan.getBasis().getId()).orElseThrow();
    }
    assertThat(plan.getNumber()).as("the chain of basis ends at the directive").isEqualTo(start.get(DIRECTIVE_NUMBER));
    assertThat(plan.getIssuer().getCode()).isEqualTo("ban-bi-thu");
    assertThat(plan.getBasis()).isNull();
  }

  private Directive issuedPlan(String processInstanceId) {
    Long id = (Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(ISSUED_PLAN_ID).singleResult().getValue();
    return directives.findWithRecipientsById(id).orElseThrow();
  }
}
