package vn.directivecascade.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess.Elements;

/**
 * Two approvers complete one task at once on two nodes: the loser may read the task before the
 * winner commits and its grant or execution after. Measured in ClusterIT as a 403, a NullPointerException
 * and ENGINE-02004 at the approval gateway; each is a lost race, answered like one.
 */
@SpringBootTest
class LostTaskRaceTest {

  @Autowired ProcessEngine engine;
  @Autowired LostTaskRace lostTaskRace;

  @Test
  void anAuthorizationErrorOnATaskCompletedMeanwhileIsTheRaceLost404() {
    CascadeDriver driver = new CascadeDriver(engine);
    ProcessInstance instance = driver.start("kon-tum", "chinh-phu");
    String draft = driver.task(instance, Elements.DRAFT_PLAN).getId();
    AuthorizationException refused = new AuthorizationException("kon-tum-approver", "TASK_WORK", "Task", draft);

    assertThat(lostTaskRace.of(refused, path("task/" + draft + "/complete"))).as("the task is still there: a real refusal").isEmpty();
    assertThat(lostTaskRace.of(new NullPointerException(), path("task/" + draft + "/complete"))).as("the task is still there: a real failure")
        .isEmpty();

    driver.submitDraft(instance.getId(), List.of());
    Response gone = lostTaskRace.of(refused, path("task/" + draft + "/complete")).orElseThrow();
    assertThat(gone.getStatus()).isEqualTo(404);
    assertThat(((Map<?, ?>) gone.getEntity()).get("type")).isEqualTo("TaskNotFound");

    NullPointerException executionEnded = new NullPointerException("PvmExecutionImpl.getParent() is null");
    assertThat(lostTaskRace.of(executionEnded, path("task/" + draft + "/complete")).orElseThrow().getStatus())
        .as("the engine failing on the execution the winner ended").isEqualTo(404);

    ProcessEngineException executionMovedOn = new ProcessEngineException(
        "ENGINE-02004 No outgoing sequence flow for the element with id 'Gateway_PlanApproved' could be selected");
    assertThat(lostTaskRace.of(executionMovedOn, path("task/" + draft + "/submit-form")).orElseThrow().getStatus())
        .as("the engine leaving the activity the winner's commit moved the execution to").isEqualTo(404);

    assertThat(lostTaskRace.of(new IllegalStateException("other"), path("task/" + draft + "/complete"))).as("not the engine's").isEmpty();
    assertThat(lostTaskRace.of(refused, path("process-instance/" + instance.getId()))).as("not a task action").isEmpty();
  }

  private static UriInfo path(String path) {
    UriInfo request = mock(UriInfo.class);
    when(request.getPath()).thenReturn(path);
    return request;
  }
}
