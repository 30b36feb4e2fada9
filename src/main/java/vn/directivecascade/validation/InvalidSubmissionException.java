package vn.directivecascade.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Bad input to a process start or task completion: the transaction, with the task, stays as it
 * was. A {@link BadUserRequestException}, so the engine logs it as the user's mistake, not as a
 * failure of its own; the REST API answers 400 with {@link #errors()}.
 */
public class InvalidSubmissionException extends BadUserRequestException {

  private final Map<String, String> errors;

  public InvalidSubmissionException(Map<String, String> errors) {
    super(errors.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("; ")));
    this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  public static InvalidSubmissionException of(String field, String message) {
    return new InvalidSubmissionException(Map.of(field, message));
  }

  /** Field key (the process variable) to the message shown for it. */
  public Map<String, String> errors() {
    return errors;
  }
}
