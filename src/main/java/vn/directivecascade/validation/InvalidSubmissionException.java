package vn.directivecascade.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input to a process start or task completion. Extends the engine's form validation exception
 * so the REST API answers 400 and the transaction, with the task, stays as it was.
 */
public class InvalidSubmissionException extends FormFieldValidationException {

  private final Map<String, String> errors;

  public InvalidSubmissionException(Map<String, String> errors) {
    super(errors, errors.entrySet().stream()
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
