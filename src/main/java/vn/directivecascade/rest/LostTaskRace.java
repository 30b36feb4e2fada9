package vn.directivecascade.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.directivecascade.operations.OneEngineCommand;

/**
 * A task action refused for lack of authorization because the task was completed a moment earlier:
 * the request read the task before the winner's commit and its candidate-group grant after it, which
 * the winner deleted with the task. It lost a race (404, as when it came just after), it was not
 * refused access; a task that still exists keeps Camunda's 403.
 */
@Component
class LostTaskRace {

  private static final Pattern TASK_ACTION = Pattern.compile("^/?task/([^/]+)/");

  private final TaskService taskService;
  private final OneEngineCommand oneCommand;

  LostTaskRace(TaskService taskService, OneEngineCommand oneCommand) {
    this.taskService = taskService;
    this.oneCommand = oneCommand;
  }

  Optional<Response> of(Throwable exception, UriInfo request) {
    Matcher task = TASK_ACTION.matcher(request.getPath());
    if (!task.find() || !causedByAuthorization(exception)) {
      return Optional.empty();
    }
    // Whether the task exists at all, not whether this user may see it.
    boolean gone = oneCommand.runUnrestricted(() -> taskService.createTaskQuery().taskId(task.group(1)).count() == 0);
    return gone ? Optional.of(ClientErrors.taskGone()) : Optional.empty();
  }

  private static boolean causedByAuthorization(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException) {
        return true;
      }
    }
    return false;
  }
}
