package vn.directivecascade.reading;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.directivecascade.plantask.TaskTableImport;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * "Đọc văn bản": the text of a document (pasted, or a .docx/.pdf file) is read and everything the
 * system understood is shown for review beside the lines it came from; only the confirmed values
 * create records, through {@link DocumentImportService}. With {@code task}, the document is the
 * user's own plan and goes into that draft-plan task; without, it is a received document.
 */
@Controller
class DocumentReviewController {

  /** The review page's fields that show their own errors; any other error is listed above the form. */
  static final Set<String> FIELDS = Set.of("orgCode", "documentType", "numberSymbol", "issueDate", "title", "issuerCode",
      "signatoryName", "signingCapacity", "cascadeOrgs", DocumentImportService.REPORTING, DocumentImportService.TASKS, "text");

  private final DocumentReader reader;
  private final DocumentImportService imports;

  DocumentReviewController(DocumentReader reader, DocumentImportService imports) {
    this.reader = reader;
    this.imports = imports;
  }

  @InitBinder("review")
  void rows(WebDataBinder binder) {
    binder.setAutoGrowCollectionLimit(1000); // a plan's appendix may have up to 500 tasks
  }

  @GetMapping("/documents/read")
  String form(@RequestParam(required = false) String task, Model model) {
    return readPage(model, task, null, null, null);
  }

  @PostMapping("/documents/read")
  String read(@RequestParam(required = false) String task, @RequestParam(required = false) String text,
      @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) throws IOException {
    TaskTableImport.Draft draft = draft(task);
    String documentText;
    try {
      documentText = documentText(text, file);
    } catch (InvalidSubmissionException unreadable) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return readPage(model, task, text, unreadable.errors().get("text"), unreadable.errors().get("file"));
    }
    ReviewForm review = imports.review(reader.read(documentText), documentText, draft);
    return reviewPage(model, review, Map.of());
  }

  @PostMapping("/documents/confirm")
  String confirm(@ModelAttribute("review") ReviewForm review, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      if (review.isDraft()) {
        imports.submitDraft(draft(review.getTask()), review);
        redirect.addFlashAttribute("flash", "reading.confirmed.draft");
        return "redirect:/board/my-work";
      }
      String instanceId = imports.startCascade(review);
      return "redirect:/board/cascades/" + instanceId;
    } catch (InvalidSubmissionException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return reviewPage(model, review, refused.errors());
    }
  }

  /** The one place where a submission becomes the document's text: the file when one is chosen, else the pasted text. */
  private static String documentText(String text, MultipartFile file) throws IOException {
    if (file != null && !file.isEmpty()) {
      return DocumentText.ofFile(file.getOriginalFilename(), file.getBytes());
    }
    return DocumentText.ofText(text);
  }

  private String readPage(Model model, String task, String text, String textError, String fileError) {
    model.addAttribute("draft", draft(task));
    model.addAttribute("text", text);
    model.addAttribute("textError", textError);
    model.addAttribute("fileError", fileError);
    return "reading/read";
  }

  private String reviewPage(Model model, ReviewForm review, Map<String, String> errors) {
    model.addAttribute("review", review);
    model.addAttribute("draft", draft(review.getTask()));
    model.addAttribute("choices", imports.choices(review));
    model.addAttribute("errors", errors);
    model.addAttribute("fields", FIELDS);
    return "reading/review";
  }

  /** The user's open draft-plan task of this id, or null without one; another's or a closed one is not found. */
  private TaskTableImport.Draft draft(String task) {
    if (task == null || task.isBlank()) {
      return null;
    }
    return imports.draft(task).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
