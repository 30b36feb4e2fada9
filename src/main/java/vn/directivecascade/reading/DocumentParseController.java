package vn.directivecascade.reading;

import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * {@code POST /api/documents/parse}: the text of a document ({@code text/plain; charset=UTF-8}) or
 * a .txt, .docx or .pdf file (multipart {@code file}) → 200 with what was read, 400 with the reason
 * when there is nothing readable. Creates nothing.
 */
@RestController
class DocumentParseController {

  private final DocumentReader reader;

  DocumentParseController(DocumentReader reader) {
    this.reader = reader;
  }

  @PostMapping(path = "/api/documents/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
  DocumentReading parseText(@RequestBody(required = false) String text) {
    return reader.read(DocumentText.ofText(text));
  }

  @PostMapping(path = "/api/documents/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  DocumentReading parseFile(@RequestParam("file") MultipartFile file) throws IOException {
    return reader.read(DocumentText.ofFile(file.getOriginalFilename(), file.getBytes()));
  }

  @ExceptionHandler(InvalidSubmissionException.class)
  ResponseEntity<Map<String, Object>> unreadable(InvalidSubmissionException refused) {
    return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage(), "errors", refused.errors()));
  }
}
