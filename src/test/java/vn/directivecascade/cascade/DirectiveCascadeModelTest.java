package vn.directivecascade.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Collection;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Elements;

/**
 * The deployed model itself, on a plain engine (no Spring, no project beans): the rules that make
 * the BPMN work with Tasklist, Cockpit and a cluster.
 */
@Deployment(resources = {"bpmn/directive-cascade.bpmn", "forms/start-directive-cascade.html", "forms/draft-plan.html",
    "forms/approve-plan.html", "forms/follow-up-overdue-plan.html"})
class DirectiveCascadeModelTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .configurationResource("model-test.camunda.cfg.xml").build();

  ProcessEngine engine;
  BpmnModelInstance model;

  /** The extension deploys after @BeforeEach methods run, so each test loads the model itself. */
  private void loadModel() throws IOException {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(DirectiveCascadeProcess.KEY).singleResult();
    model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    assertThat(definition.getHistoryTimeToLive()).as("historyTimeToLive").isPositive();
  }

  @Test
  void everyUserTaskIsForAGroupAndItsFormIsDeployedWithTheProcess() throws IOException {
    loadModel();
    Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
    assertThat(userTasks).extracting(UserTask::getId)
        .containsExactlyInAnyOrder(Elements.DRAFT_PLAN, Elements.APPROVE_PLAN, Elements.FOLLOW_UP_OVERDUE_PLAN);
    String deploymentId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(DirectiveCascadeProcess.KEY)
        .singleResult().getDeploymentId();
    for (UserTask task : userTasks) {
      assertThat(engine.getRepositoryService().getDeploymentResourceNames(deploymentId)).as("form of %s", task.getId())
          .contains(task.getCamundaFormKey().substring("embedded:deployment:".length()));
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
