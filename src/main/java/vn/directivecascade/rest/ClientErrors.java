package vn.directivecascade.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * Errors that are the client's, not the server's, wherever the engine or Camunda's REST layer
 * wrapped them: bad input is 400 with the field errors; losing a race to another request (two
 * people completing one task, a form sent twice) is 409 while both ran, 404 when the other had
 * already finished, each with a message saying so. Camunda answers 500 for all of them.
 */
final class ClientErrors {

  static final String CONFLICT_MESSAGE = "Việc này vừa được một yêu cầu khác xử lý cùng lúc (người khác đã hoàn thành"
      + " hoặc biểu mẫu được gửi hai lần); yêu cầu của bạn không được thực hiện. Hãy tải lại để xem kết quả.";
  static final String TASK_GONE_MESSAGE = "Nhiệm vụ này không còn: đã được hoàn thành (có thể bởi người khác, hoặc biểu mẫu"
      + " được gửi hai lần) hoặc đã bị huỷ. Hãy tải lại danh sách nhiệm vụ.";
  /** The engine reports a task completed a moment earlier as a generic NullValueException with this text. */
  private static final String ENGINE_TASK_NOT_FOUND = "Cannot find task with id";

  private ClientErrors() {
  }

  static Optional<Response> of(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidSubmissionException invalid) {
        Map<String, Object> body = body(InvalidSubmissionException.class.getSimpleName(), invalid.getMessage());
        body.put("errors", invalid.errors());
        return Optional.of(response(Response.Status.BAD_REQUEST, body));
      }
      if (cause instanceof OptimisticLockingException) {
        return Optional.of(response(Response.Status.CONFLICT, body("ConcurrentUpdate", CONFLICT_MESSAGE)));
      }
      if (cause instanceof NullValueException && String.valueOf(cause.getMessage()).startsWith(ENGINE_TASK_NOT_FOUND)) {
        return Optional.of(response(Response.Status.NOT_FOUND, body("TaskNotFound", TASK_GONE_MESSAGE)));
      }
    }
    return Optional.empty();
  }

  private static Map<String, Object> body(String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("code", 0);
    return body;
  }

  private static Response response(Response.Status status, Map<String, Object> body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
