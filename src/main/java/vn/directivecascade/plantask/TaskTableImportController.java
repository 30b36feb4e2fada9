package vn.directivecascade.plantask;

import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * {@code POST /api/drafts/{draft-plan task id}/plan-tasks} with a .xlsx or .csv file ({@code file}):
 * 200 with the rows as they would be created (stored unless {@code dryRun=true}), 400 with every
 * row's problems and nothing stored, 404 when the user has no such draft-plan task.
 */
@RestController
class TaskTableImportController {

  private final TaskTableImport imports;

  TaskTableImportController(TaskTableImport imports) {
    this.imports = imports;
  }

  @PostMapping("/api/drafts/{taskId}/plan-tasks")
  ResponseEntity<TaskTableImport.Result> importTable(@PathVariable String taskId, @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
    return imports.importInto(taskId, file.getOriginalFilename(), file.getBytes(), dryRun)
        .map(result -> ResponseEntity.status(result.valid() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(result))
        .orElse(ResponseEntity.notFound().build());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException refused) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", refused.getMessage()));
  }

  @ExceptionHandler(InvalidSubmissionException.class)
  ResponseEntity<Map<String, Object>> unreadable(InvalidSubmissionException refused) {
    return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage(), "errors", refused.errors()));
  }
}
