package vn.directivecascade.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * What a drafter sends, as plain text for {@link DocumentReader}: text pasted in, or a .txt (UTF-8),
 * .docx or .pdf with a text layer. A file is taken only when its content is what its name says. The
 * text comes back NFC-normalised with "\n" line ends, non-breaking spaces as spaces and invisible
 * characters removed, so the reader matches words as they are typed.
 */
public final class DocumentText {

  public static final long MAX_BYTES = 10L * 1024 * 1024;
  public static final int MAX_CHARS = 500_000;
  static final String FILE = "file";
  static final String TEXT = "text";
  /** Fewer letters than this in a whole PDF: a scan whose only text is a page number or a stamp. */
  private static final int MIN_PDF_LETTERS = 20;

  private DocumentText() {
  }

  /** @throws InvalidSubmissionException under "text" when the pasted text is blank or too long */
  public static String ofText(String text) {
    if (text == null || text.isBlank()) {
      throw InvalidSubmissionException.of(TEXT, "văn bản trống: hãy dán nội dung văn bản hoặc chọn tệp");
    }
    return normalized(text, TEXT);
  }

  /** @throws InvalidSubmissionException under "file" with a message for the drafter when the file cannot be read as text */
  public static String ofFile(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw refused("tệp rỗng");
    }
    if (content.length > MAX_BYTES) {
      throw refused("tệp lớn hơn " + MAX_BYTES / 1024 / 1024 + " MB");
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    String text;
    if (name.endsWith(".txt")) {
      text = txt(fileName, content);
    } else if (name.endsWith(".docx") && startsWith(content, "PK")) {
      text = docx(fileName, content);
    } else if (name.endsWith(".pdf") && startsWith(content, "%PDF")) {
      text = pdf(fileName, content);
    } else {
      throw notAccepted(fileName);
    }
    if (text.isBlank()) {
      throw refused("tệp '" + fileName + "' không có chữ nào: hãy dán nội dung văn bản hoặc chọn tệp khác");
    }
    return normalized(text, FILE);
  }

  private static String normalized(String text, String field) {
    // Invisible characters go before NFC so that letters they separated compose.
    String plain = Normalizer.normalize(text.replaceAll("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]", ""), Normalizer.Form.NFC)
        .replace("\r\n", "\n").replace('\r', '\n')
        .replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
    if (plain.length() > MAX_CHARS) {
      throw InvalidSubmissionException.of(field, "văn bản dài quá " + String.format(Locale.forLanguageTag("vi-VN"), "%,d", MAX_CHARS) + " ký tự");
    }
    return plain;
  }

  private static String txt(String fileName, byte[] content) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw refused("tệp .txt phải mã hóa UTF-8");
    }
    // Valid UTF-8 can still be a binary file under a .txt name.
    boolean binary = text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    if (binary) {
      throw notAccepted(fileName);
    }
    return text;
  }

  /** Paragraphs as lines and tables as Markdown rows, in document order; headers and footers are left out. */
  private static String docx(String fileName, byte[] content) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
      List<String> lines = new ArrayList<>();
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          lines.add(paragraph.getText());
        } else if (element instanceof XWPFTable table) {
          lines.add("");
          for (XWPFTableRow row : table.getRows()) {
            lines.add("| " + String.join(" | ", row.getTableCells().stream().map(DocumentText::cell).toList()) + " |");
          }
          lines.add("");
        } else if (element instanceof XWPFSDT control) {
          // A content control (a cover page, a filled-in template field) holds body text too.
          lines.add(control.getContent().getText());
        }
      }
      return String.join("\n", lines);
    } catch (IOException | RuntimeException e) {
      throw unreadable(fileName);
    }
  }

  /**
   * A cell's paragraphs, line breaks and nested tables joined with "<br>", as converters write a
   * Markdown cell's lines (the header block's lines, one agency a line), with no "|" to break its row.
   */
  private static String cell(XWPFTableCell cell) {
    List<String> parts = new ArrayList<>();
    for (IBodyElement element : cell.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        paragraph.getText().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(parts::add);
      } else if (element instanceof XWPFTable table) {
        table.getRows().forEach(row -> row.getTableCells().stream().map(DocumentText::cell).filter(text -> !text.isEmpty()).forEach(parts::add));
      }
    }
    return String.join("<br>", parts.stream().map(part -> part.replace('|', '/')).toList());
  }

  private static String pdf(String fileName, byte[] content) {
    String text;
    try (PDDocument document = Loader.loadPDF(content)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setPageEnd("\n");
      text = stripper.getText(document);
    } catch (InvalidPasswordException e) {
      throw refused("tệp PDF '" + fileName + "' được bảo vệ bằng mật khẩu: hãy gửi bản không đặt mật khẩu hoặc dán nội dung văn bản");
    } catch (IOException | RuntimeException e) {
      throw unreadable(fileName);
    }
    if (text.codePoints().filter(Character::isLetter).limit(MIN_PDF_LETTERS).count() < MIN_PDF_LETTERS) {
      throw refused("tệp PDF '" + fileName + "' không có lớp chữ (có lẽ là bản quét): hãy dán nội dung văn bản hoặc gửi tệp .docx");
    }
    return text;
  }

  private static boolean startsWith(byte[] content, String magic) {
    byte[] bytes = magic.getBytes(StandardCharsets.US_ASCII);
    return content.length >= bytes.length && Arrays.equals(content, 0, bytes.length, bytes, 0, bytes.length);
  }

  private static InvalidSubmissionException notAccepted(String fileName) {
    return refused("chỉ đọc được văn bản dán vào, tệp .txt (UTF-8), .docx hoặc .pdf có lớp chữ; '" + fileName + "' không phải tệp như vậy");
  }

  private static InvalidSubmissionException unreadable(String fileName) {
    return refused("không đọc được tệp '" + fileName + "': tệp hỏng hoặc không đúng định dạng");
  }

  private static InvalidSubmissionException refused(String message) {
    return InvalidSubmissionException.of(FILE, message);
  }
}
