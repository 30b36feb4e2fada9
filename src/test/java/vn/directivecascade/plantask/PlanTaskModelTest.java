package vn.directivecascade.plantask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.directivecascade.plantask.PlanTaskProcess.Elements;
import vn.directivecascade.plantask.PlanTaskProcess.Variables;

/**
 * The plan-task models as files, read with Camunda's model API alone (no engine, no Spring): the
 * rules that make them work with Tasklist, Cockpit, the Modeler and a cluster, and that keep the
 * BPMN and {@link PlanTaskProcess} in step (its forms: TaskFormsModelTest).
 */
class PlanTaskModelTest {

  static BpmnModelInstance task;
  static BpmnModelInstance schedule;

  @BeforeAll
  static void readModels() throws IOException {
    task = read("plan-task.bpmn");
    schedule = read("plan-task-schedule.bpmn");
  }

  @Test
  void processIdsAreTheKeysTheCodeStarts() {
    assertThat(processes(task)).extracting(Process::getId).containsExactly(PlanTaskProcess.KEY);
    assertThat(processes(schedule)).extracting(Process::getId).containsExactly(PlanTaskProcess.SCHEDULE_KEY);
  }

  @Test
  void historyIsKeptForALimitedTime() {
    for (BpmnModelInstance model : models()) {
      for (Process process : processes(model)) {
        assertThat(process.getCamundaHistoryTimeToLive()).as("historyTimeToLive of %s", process.getId()).isNotNull().isPositive();
      }
    }
  }

  @Test
  void everyServiceTaskCallsOneDelegateBean() {
    for (BpmnModelInstance model : models()) {
      for (ServiceTask serviceTask : model.getModelElementsByType(ServiceTask.class)) {
        assertThat(serviceTask.getCamundaDelegateExpression()).as(serviceTask.getId()).matches("\\$\\{[a-z][A-Za-z]+Delegate}");
        assertThat(serviceTask.getCamundaExpression()).as(serviceTask.getId()).isNull();
        assertThat(serviceTask.getCamundaClass()).as(serviceTask.getId()).isNull();
      }
    }
  }

  @Test
  void timersComeFromTheTaskCalendarBean() {
    List<TimerEventDefinition> timers = models().stream()
        .flatMap(model -> model.getModelElementsByType(TimerEventDefinition.class).stream()).toList();
    assertThat(timers).hasSize(3);
    for (TimerEventDefinition timer : timers) {
      assertThat(timer.getTimeDate()).as(timer.getId()).isNotNull();
      assertThat(timer.getTimeDate().getTextContent()).as(timer.getId()).startsWith("${taskCalendar.");
    }
  }

  @Test
  void everyFlowNodeAndSequenceFlowIsDrawn() {
    for (BpmnModelInstance model : models()) {
      Set<String> shaped = model.getModelElementsByType(BpmnShape.class).stream()
          .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
      Set<String> edged = model.getModelElementsByType(BpmnEdge.class).stream()
          .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
      assertThat(shaped).as("flow nodes with a BPMNShape")
          .containsAll(model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList());
      assertThat(edged).as("sequence flows with a BPMNEdge")
          .containsAll(model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId).toList());
    }
  }

  @Test
  void theElementIdsTheCodeUsesExist() {
    assertThat(constants(Elements.class)).isNotEmpty().allSatisfy(id -> assertThat(models())
        .as("element %s", id).anyMatch(model -> model.getModelElementById(id) != null));
  }

  @Test
  void eachCooperatingAgencyContributesInParallel() {
    SubProcess contribution = (SubProcess) task.<UserTask>getModelElementById(Elements.CONTRIBUTE_TASK).getParentElement();
    MultiInstanceLoopCharacteristics loop = (MultiInstanceLoopCharacteristics) contribution.getLoopCharacteristics();

    assertThat(loop.isSequential()).isFalse();
    assertThat(loop.getCamundaCollection()).isEqualTo("${" + Variables.COOPERATOR_CODES + "}");
    assertThat(loop.getCamundaElementVariable()).isEqualTo(Variables.COOPERATOR_CODE);
  }

  @Test
  void sharingAContributionAndRecordingAnAcceptanceRunAsJobs() {
    // so concurrent contributions only conflict in retried jobs, and a failed recording is an incident, not a lost decision
    assertThat(task.<ServiceTask>getModelElementById("ServiceTask_ShareContribution").isCamundaAsyncBefore()).isTrue();
    assertThat(task.<ServiceTask>getModelElementById(Elements.RECORD_ACCEPTANCE).isCamundaAsyncBefore()).isTrue();
  }

  @Test
  void theReminderAndOverdueTimersLeaveTheLeadWorking() {
    List<BoundaryEvent> onExecute = task.getModelElementsByType(BoundaryEvent.class).stream()
        .filter(event -> event.getAttachedTo().getId().equals(Elements.EXECUTE_TASK)).toList();

    assertThat(onExecute).extracting(BoundaryEvent::getId)
        .containsExactlyInAnyOrder(Elements.REMINDER_TIMER, Elements.OVERDUE_TIMER);
    assertThat(onExecute).allSatisfy(timer -> {
      assertThat(timer.cancelActivity()).as("%s interrupts", timer.getId()).isFalse();
      assertThat(timer.getEventDefinitions()).singleElement().isInstanceOf(TimerEventDefinition.class);
    });
  }

  private static BpmnModelInstance read(String file) throws IOException {
    try (InputStream bpmn = Files.newInputStream(Path.of("bpmn", file))) {
      return Bpmn.readModelFromStream(bpmn);
    }
  }

  private static List<BpmnModelInstance> models() {
    return List.of(task, schedule);
  }

  private static List<Process> processes(BpmnModelInstance model) {
    return List.copyOf(model.getModelElementsByType(Process.class));
  }

  private static Set<String> constants(Class<?> holder) {
    Set<String> values = new HashSet<>();
    for (Field field : holder.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          values.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return values;
  }
}
