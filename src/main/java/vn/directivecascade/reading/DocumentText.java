package vn.directivecascade.reading;

import java.nio.charset.StandardCharsets;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * PLACEHOLDER, to be replaced by the real DocumentText of branch reading-files: when that lands in
 * main, take its version of this file in the merge. Only what the review pages need to compile and
 * refuse empty text; a file is read only when it is plain UTF-8 text.
 */
final class DocumentText {

  static final int MAX_BYTES = 10 * 1024 * 1024;

  private DocumentText() {
  }

  static String ofText(String text) {
    if (text == null || text.isBlank()) {
      throw InvalidSubmissionException.of("text", "chưa có nội dung văn bản: dán văn bản hoặc chọn tệp");
    }
    if (text.length() > MAX_BYTES) {
      throw InvalidSubmissionException.of("text", "văn bản dài quá 10 MB");
    }
    return text.replace("\r\n", "\n").strip();
  }

  static String ofFile(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw InvalidSubmissionException.of("file", "tệp rỗng");
    }
    if (content.length > MAX_BYTES) {
      throw InvalidSubmissionException.of("file", "tệp lớn quá 10 MB");
    }
    if (fileName == null || !fileName.toLowerCase().endsWith(".txt")) {
      throw InvalidSubmissionException.of("file", "chưa đọc được tệp '" + fileName + "': dán nội dung văn bản vào ô bên trên");
    }
    return ofText(new String(content, StandardCharsets.UTF_8));
  }
}
