package vn.directivecascade.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;

/**
 * The engine's NullPointerException of a task completion that read the task before a concurrent
 * completion committed and its execution after (measured in ClusterIT): a lost race, see
 * {@link LostTaskRace}; any other stays Camunda's 500.
 */
@Priority(1000) // ahead of Camunda's ExceptionHandler for Throwable (default priority 5000)
class EngineNullPointerMapper implements ExceptionMapper<NullPointerException> {

  private final ExceptionHandler camundaMapping = new ExceptionHandler();
  private final LostTaskRace lostTaskRace;
  @Context private UriInfo request;

  EngineNullPointerMapper(LostTaskRace lostTaskRace) {
    this.lostTaskRace = lostTaskRace;
  }

  @Override
  public Response toResponse(NullPointerException exception) {
    return lostTaskRace.of(exception, request).orElseGet(() -> camundaMapping.toResponse(exception));
  }
}
