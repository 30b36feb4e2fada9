package vn.directivecascade.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.directivecascade.operations.OneEngineCommand;

/**
 * A task action that failed because the task was completed a moment earlier. The request read the task
 * before the winner's commit and something else after it: the candidate-group grant (refused for lack of
 * authorization), the execution the winner ended (a NullPointerException reading its parent) or moved on
 * (leaving the next activity, e.g. "no outgoing sequence flow" at the approval gateway). Whatever the
 * symptom, a failed action on a task that no longer exists lost a race (404, as when it came just after);
 * a task that still exists keeps Camunda's answer (403, 500).
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
    if (!task.find() || !isRaceSymptom(exception)) {
      return Optional.empty();
    }
    // Whether the task exists at all, not whether this user may see it.
    boolean gone = oneCommand.runUnrestricted(() -> taskService.createTaskQuery().taskId(task.group(1)).count() == 0);
    return gone ? Optional.of(ClientErrors.taskGone()) : Optional.empty();
  }

  private static boolean isRaceSymptom(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProcessEngineException || cause instanceof NullPointerException) {
        return true;
      }
    }
    return false;
  }
}
