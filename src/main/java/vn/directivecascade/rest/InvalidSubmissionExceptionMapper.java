package vn.directivecascade.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * Camunda's REST API answers 500 for an engine exception from a process start, and for a task
 * listener's, which the engine wraps. Bad input is the client's fault: answer 400 with the field
 * errors; every other error keeps Camunda's mapping.
 */
@Priority(1000) // ahead of Camunda's RestExceptionHandler (default priority 5000) for the same type
class InvalidSubmissionExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camundaMapping = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidSubmissionException invalid) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", InvalidSubmissionException.class.getSimpleName());
        body.put("message", invalid.getMessage());
        body.put("code", 0);
        body.put("errors", invalid.errors());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
      }
    }
    return camundaMapping.toResponse(exception);
  }
}
