package vn.directivecascade.board;

import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.directivecascade.plantask.TaskTableImport;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * The browser's way to import a plan's task table into a draft (the same checks as
 * {@code POST /api/drafts/{taskId}/plan-tasks}): choose the file, check it first, then store it.
 */
@Controller
class TaskTableImportPageController {

  private final TaskTableImport imports;

  TaskTableImportPageController(TaskTableImport imports) {
    this.imports = imports;
  }

  @GetMapping("/board/drafts/{taskId}/plan-tasks")
  String form(@PathVariable String taskId, Model model) {
    model.addAttribute("draft", draft(taskId));
    return "board/import-tasks";
  }

  @PostMapping("/board/drafts/{taskId}/plan-tasks")
  String upload(@PathVariable String taskId, @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun, Model model) throws IOException {
    model.addAttribute("draft", draft(taskId));
    try {
      model.addAttribute("result", imports.importInto(taskId, file.getOriginalFilename(), file.getBytes(), dryRun).orElseThrow());
    } catch (InvalidSubmissionException unreadable) {
      model.addAttribute("fileError", String.join("; ", unreadable.errors().values()));
    }
    return "board/import-tasks";
  }

  private TaskTableImport.Draft draft(String taskId) {
    return imports.draft(taskId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
