package vn.directivecascade.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Elements;

/**
 * The deployed model itself, on a plain engine (no Spring, no project beans): the rules that make
 * the BPMN work with Tasklist, Cockpit and a cluster.
 */
@Deployment(resources = {"bpmn/directive-cascade.bpmn", "forms/start-directive-cascade.form", "forms/draft-plan.form",
    "forms/approve-plan.form", "forms/follow-up-overdue-plan.form"})
class DirectiveCascadeModelTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .configurationResource("model-test.camunda.cfg.xml").build();

  ProcessEngine engine;
  BpmnModelInstance model;
  Map<String, String> formsById = new HashMap<>();

  /** The extension deploys after @BeforeEach methods run, so each test loads the model itself. */
  private void loadModel() throws IOException {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(DirectiveCascadeProcess.KEY).singleResult();
    model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    assertThat(definition.getHistoryTimeToLive()).as("historyTimeToLive").isPositive();
    for (String resource : engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId())) {
      if (resource.endsWith(".form")) {
        try (InputStream form = engine.getRepositoryService().getResourceAsStream(definition.getDeploymentId(), resource)) {
          formsById.put(Spin.JSON(new String(form.readAllBytes(), StandardCharsets.UTF_8)).prop("id").stringValue(), resource);
        }
      }
    }
  }

  @Test
  void everyUserTaskHasAFormOfItsOwnNameBoundToTheDeployment() throws IOException {
    loadModel();
    Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
    assertThat(userTasks).extracting(UserTask::getId)
        .containsExactlyInAnyOrder(Elements.DRAFT_PLAN, Elements.APPROVE_PLAN, Elements.FOLLOW_UP_OVERDUE_PLAN);
    for (UserTask task : userTasks) {
      assertThat(task.getCamundaFormRef()).as("formRef of %s", task.getId()).isEqualTo(task.getId());
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
      assertThat(formsById).as("form %s deployed with the BPMN", task.getId()).containsKey(task.getId());
      assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", task.getId()).isNotBlank();
    }
  }

  @Test
  void deadlinesComeFromTheCalendarBean() throws IOException {
    loadModel();
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      assertThat(timer.getTimeDate().getTextContent()).startsWith("${draftingCalendar.");
    }
    UserTask draft = model.getModelElementById(Elements.DRAFT_PLAN);
    assertThat(draft.getCamundaDueDate()).isEqualTo("${draftingCalendar.dueAt(draftDeadline)}");
    assertThat(draft.getCamundaFollowUpDate()).isEqualTo("${draftingCalendar.reminderAt(draftDeadline)}");
  }

  @Test
  void cascadeIsAsynchronousAroundEachChildSoSiblingsNeverFailAUser() throws IOException {
    loadModel();
    CallActivity cascade = model.getModelElementById(Elements.CASCADE);
    assertThat(cascade.getCalledElement()).isEqualTo(DirectiveCascadeProcess.KEY);
    MultiInstanceLoopCharacteristics loop = (MultiInstanceLoopCharacteristics) cascade.getLoopCharacteristics();
    assertThat(loop.isSequential()).isFalse();
    assertThat(loop.isCamundaAsyncBefore()).isTrue();
    assertThat(loop.isCamundaAsyncAfter()).isTrue();
    ServiceTask issue = model.getModelElementById(Elements.ISSUE_PLAN);
    assertThat(issue.isCamundaAsyncBefore()).as("issuing runs as a job, not in the approver's transaction").isTrue();
  }

  @Test
  void everyServiceTaskCallsOneDelegateBean() throws IOException {
    loadModel();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z][A-Za-z]+Delegate}");
      assertThat(task.getCamundaExpression()).isNull();
      assertThat(task.getCamundaClass()).isNull();
    }
  }
}
