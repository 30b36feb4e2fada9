package vn.directivecascade.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.stereotype.Component;
import vn.directivecascade.validation.FieldLabels;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * Errors that are the client's, not the server's, wherever the engine or Camunda's REST layer
 * wrapped them: bad input is 400 with the field errors; losing a race to another request (two
 * people completing one task, a form sent twice) is 409 while both ran (an optimistic locking
 * conflict or a database deadlock between the two), 404 when the other had
 * already finished, each with a message saying so. Camunda answers 500 for all of them. The message
 * of bad input names each field as its form labels it, so Tasklist shows a sentence its user reads.
 * The engine REST API and the webapps' own API answer alike.
 */
@Component
class ClientErrors {

  static final String CONFLICT_MESSAGE = "Việc này vừa được một yêu cầu khác xử lý cùng lúc (người khác đã hoàn thành"
      + " hoặc biểu mẫu được gửi hai lần); yêu cầu của bạn không được thực hiện. Hãy tải lại để xem kết quả.";
  static final String TASK_GONE_MESSAGE = "Nhiệm vụ này không còn: đã được hoàn thành (có thể bởi người khác, hoặc biểu mẫu"
      + " được gửi hai lần) hoặc đã bị huỷ. Hãy tải lại danh sách nhiệm vụ.";
  /** The engine reports a task completed a moment earlier as a generic NullValueException with this text. */
  private static final String ENGINE_TASK_NOT_FOUND = "Cannot find task with id";

  /** SQL states of a transaction rolled back for a concurrent one: deadlock_detected, serialization_failure. */
  private static final Set<String> TRANSACTION_CONFLICT_STATES = Set.of("40P01", "40001");

  private final FieldLabels labels;
  private final LostTaskRace lostTaskRace;

  ClientErrors(FieldLabels labels, LostTaskRace lostTaskRace) {
    this.labels = labels;
    this.lostTaskRace = lostTaskRace;
  }

  /** The client's error that {@code exception} is, for {@code request}; empty when it is the server's. */
  Optional<Response> of(Throwable exception, UriInfo request) {
    return ofCauses(exception).or(() -> lostTaskRace.of(exception, request));
  }

  private Optional<Response> ofCauses(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidSubmissionException invalid) {
        Map<String, Object> body = body(InvalidSubmissionException.class.getSimpleName(), labels.describe(invalid.errors()));
        body.put("errors", invalid.errors());
        return Optional.of(response(Response.Status.BAD_REQUEST, body));
      }
      if (cause != exception && cause instanceof AuthorizationException refused) {
        // Refused by our own check in a task listener, which the engine wraps: 403 as for its own checks.
        return Optional.of(response(Response.Status.FORBIDDEN, body(AuthorizationException.class.getSimpleName(), refused.getMessage())));
      }
      if (cause instanceof OptimisticLockingException || isTransactionConflict(cause)) {
        return Optional.of(response(Response.Status.CONFLICT, body("ConcurrentUpdate", CONFLICT_MESSAGE)));
      }
      if (cause instanceof NullValueException && String.valueOf(cause.getMessage()).startsWith(ENGINE_TASK_NOT_FOUND)) {
        return Optional.of(taskGone());
      }
    }
    return Optional.empty();
  }

  /** 404: the task the request acted on is no longer there. */
  static Response taskGone() {
    return response(Response.Status.NOT_FOUND, body("TaskNotFound", TASK_GONE_MESSAGE));
  }

  /**
   * PostgreSQL aborts one of two transactions that lock the same rows in opposite order (deadlock)
   * or cannot be serialised: the other request won, exactly as with an optimistic locking conflict.
   */
  private static boolean isTransactionConflict(Throwable cause) {
    for (SQLException sql = cause instanceof SQLException exception ? exception : null; sql != null; sql = sql.getNextException()) {
      if (TRANSACTION_CONFLICT_STATES.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
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
