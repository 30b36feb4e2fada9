package vn.directivecascade.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/** Engine errors that reach the REST layer unwrapped (e.g. from a process start). */
@Priority(1000) // ahead of Camunda's ProcessEngineExceptionHandler (default priority 5000)
class ProcessEngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  private final ProcessEngineExceptionHandler camundaMapping = new ProcessEngineExceptionHandler();
  private final ClientErrors clientErrors;
  @Context private UriInfo request;

  ProcessEngineExceptionMapper(ClientErrors clientErrors) {
    this.clientErrors = clientErrors;
  }

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return clientErrors.of(exception, request).orElseGet(() -> camundaMapping.toResponse(exception));
  }
}
