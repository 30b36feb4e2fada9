package vn.directivecascade.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/** Camunda's REST resources wrap engine errors (e.g. of a task completion) in a RestException. */
@Priority(1000) // ahead of Camunda's RestExceptionHandler (default priority 5000) for the same type
class RestExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camundaMapping = new RestExceptionHandler();
  private final ClientErrors clientErrors;
  @Context private UriInfo request;

  RestExceptionMapper(ClientErrors clientErrors) {
    this.clientErrors = clientErrors;
  }

  @Override
  public Response toResponse(RestException exception) {
    return clientErrors.of(exception, request).orElseGet(() -> camundaMapping.toResponse(exception));
  }
}
