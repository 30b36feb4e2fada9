package vn.directivecascade.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * What a drafter sends becoming the reader's plain text: the files are made here with POI and PDFBox
 * as drafters' offices make them, and each file the reader cannot use is refused with a message
 * naming what to send instead.
 */
class DocumentTextTest {

  private static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  private static final String NOT_ACCEPTED = "chỉ đọc được văn bản dán vào, tệp .txt (UTF-8), .docx hoặc .pdf có lớp chữ; '%s' không phải tệp như vậy";

  @Test
  void aDocxIsItsParagraphsAsLinesAndItsTablesAsMarkdownRows() throws IOException {
    byte[] docx;
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Tiêu đề trang không phải nội dung");
      document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Trang 1");
      table(document, List.of(
          List.of("UBND TỈNH BẮC NINH\nSỞ Y TẾ\nSố: 125/KH-SYT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBắc Ninh, ngày 15 tháng 3 năm 2024")));
      paragraph(document, "KẾ HOẠCH");
      paragraph(document, "Triển khai công tác phòng, chống dịch bệnh năm 2024");
      paragraph(document, "Định kỳ trước ngày 05/11 hằng năm báo cáo Sở Y tế.");
      XWPFTable tasks = table(document, List.of(
          List.of("TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian"),
          List.of("1", "Tuyên truyền | phổ biến", "Trung tâm Kiểm soát bệnh tật", "Hằng năm"),
          List.of("2", "Kiểm tra, giám sát", "Phòng Nghiệp vụ Y\nThanh tra Sở", "Quý IV")));
      XWPFRun lineBreak = tasks.getRow(2).getCell(2).getParagraphs().get(1).getRuns().get(0);
      lineBreak.addBreak();
      lineBreak.setText("Văn phòng Sở");
      paragraph(document, "Nơi nhận:");
      document.write(out);
      docx = out.toByteArray();
    }

    assertThat(DocumentText.ofFile("Ke hoach 125.DOCX", docx)).isEqualTo(String.join("\n",
        "",
        "| UBND TỈNH BẮC NINH<br>SỞ Y TẾ<br>Số: 125/KH-SYT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Bắc Ninh, ngày 15 tháng 3 năm 2024 |",
        "",
        "KẾ HOẠCH",
        "Triển khai công tác phòng, chống dịch bệnh năm 2024",
        "Định kỳ trước ngày 05/11 hằng năm báo cáo Sở Y tế.",
        "",
        "| TT | Nội dung công việc | Cơ quan chủ trì | Thời gian |",
        "| 1 | Tuyên truyền / phổ biến | Trung tâm Kiểm soát bệnh tật | Hằng năm |",
        "| 2 | Kiểm tra, giám sát | Phòng Nghiệp vụ Y<br>Thanh tra Sở<br>Văn phòng Sở | Quý IV |",
        "",
        "Nơi nhận:"));
  }

  @Test
  void aPdfIsItsTextLayerPageAfterPage() throws IOException {
    byte[] pdf;
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font font = PDType0Font.load(document, new File(DEJAVU));
      page(document, font, "SỞ Y TẾ", "Số: 125/KH-SYT", "Định kỳ trước ngày 05/11 hằng năm báo cáo Sở Y tế.");
      page(document, font, "Nơi nhận:", "- Ủy ban nhân dân tỉnh;");
      document.save(out);
      pdf = out.toByteArray();
    }

    assertThat(DocumentText.ofFile("ke-hoach.pdf", pdf)).isEqualTo(
        "SỞ Y TẾ\nSố: 125/KH-SYT\nĐịnh kỳ trước ngày 05/11 hằng năm báo cáo Sở Y tế.\nNơi nhận:\n- Ủy ban nhân dân tỉnh;\n");
  }

  @Test
  void aPdfWithoutATextLayerIsAScanToPasteInstead() throws IOException {
    byte[] scan;
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      Graphics2D graphics = image.createGraphics();
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, 200, 100);
      graphics.setColor(Color.BLACK);
      graphics.drawString("SO Y TE", 20, 50);
      graphics.dispose();
      PDPage page = new PDPage();
      document.addPage(page);
      PDImageXObject picture = LosslessFactory.createFromImage(document, image);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(picture, 50, 500);
      }
      document.save(out);
      scan = out.toByteArray();
    }

    assertRefused(() -> DocumentText.ofFile("ban-quet.pdf", scan), "file",
        "tệp PDF 'ban-quet.pdf' không có lớp chữ (có lẽ là bản quét): hãy dán nội dung văn bản hoặc gửi tệp .docx");
  }

  @Test
  void aPdfThatNeedsAPasswordIsRefusedForIt() throws IOException {
    assertRefused(() -> DocumentText.ofFile("mat.pdf", encrypted("nguoi-doc")), "file",
        "tệp PDF 'mat.pdf' được bảo vệ bằng mật khẩu: hãy gửi bản không đặt mật khẩu hoặc dán nội dung văn bản");
  }

  @Test
  void aPdfThatOpensWithoutAPasswordIsReadThoughItIsEncrypted() throws IOException {
    assertThat(DocumentText.ofFile("chi-han-che-sua.pdf", encrypted(""))).isEqualTo("Định kỳ trước ngày 05/11 hằng năm báo cáo Sở Y tế.\n");
  }

  @Test
  void aTxtIsUtf8TextNormalisedLikePastedText() {
    byte[] txt = "\uFEFFSở Y tế\r\nĐịnh kỳ\u00A0trước ngày 05/11\r\n".getBytes(StandardCharsets.UTF_8);

    assertThat(DocumentText.ofFile("van-ban.txt", txt)).isEqualTo("Sở Y tế\nĐịnh kỳ trước ngày 05/11\n");
  }

  @Test
  void refusesAFileThatIsEmptyOrTooLarge() {
    assertRefused(() -> DocumentText.ofFile("ke-hoach.docx", new byte[0]), "file", "tệp rỗng");
    assertRefused(() -> DocumentText.ofFile("ke-hoach.pdf", new byte[(int) DocumentText.MAX_BYTES + 1]), "file", "tệp lớn hơn 10 MB");
  }

  @Test
  void refusesAnotherKindOfFileOrOneWhoseContentIsNotWhatItsNameSays() throws IOException {
    for (String name : List.of("ke-hoach.doc", "phu-luc.xlsx", "anh.jpg", "ke-hoach")) {
      assertRefused(() -> DocumentText.ofFile(name, "Sở Y tế".getBytes(StandardCharsets.UTF_8)), "file", NOT_ACCEPTED.formatted(name));
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", png);
    assertRefused(() -> DocumentText.ofFile("anh.pdf", png.toByteArray()), "file", NOT_ACCEPTED.formatted("anh.pdf"));
    byte[] random = new byte[2000];
    new Random(7).nextBytes(random);
    random[0] = 0;
    assertRefused(() -> DocumentText.ofFile("ngau-nhien.docx", random), "file", NOT_ACCEPTED.formatted("ngau-nhien.docx"));
    assertRefused(() -> DocumentText.ofFile("nul.txt", "Sở\u0000Y tế".getBytes(StandardCharsets.UTF_8)), "file", NOT_ACCEPTED.formatted("nul.txt"));
  }

  @Test
  void refusesADocxOrPdfThatIsBrokenInside() {
    byte[] notAZip = "PK\u0003\u0004 không phải tệp nén".getBytes(StandardCharsets.UTF_8);
    assertRefused(() -> DocumentText.ofFile("hong.docx", notAZip), "file", "không đọc được tệp 'hong.docx': tệp hỏng hoặc không đúng định dạng");
    byte[] notAPdf = "%PDF-1.7\n không phải PDF".getBytes(StandardCharsets.UTF_8);
    assertRefused(() -> DocumentText.ofFile("hong.pdf", notAPdf), "file", "không đọc được tệp 'hong.pdf': tệp hỏng hoặc không đúng định dạng");
  }

  @Test
  void refusesATxtNotSavedAsUtf8() {
    byte[] latin1 = "Báo cáo tháng 12".getBytes(StandardCharsets.ISO_8859_1);

    assertRefused(() -> DocumentText.ofFile("bao-cao.txt", latin1), "file", "tệp .txt phải mã hóa UTF-8");
  }

  @Test
  void pastedTextIsNfcWithNewlinesAndPlainSpaces() {
    String decomposed = Normalizer.normalize("Định kỳ trước ngày 05/11", Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo("Định kỳ trước ngày 05/11");

    assertThat(DocumentText.ofText("\uFEFF" + decomposed + "\r\nSở\u00A0Y\u200B tế\rHết"))
        .isEqualTo("Định kỳ trước ngày 05/11\nSở Y tế\nHết");
  }

  @Test
  void refusesPastedTextThatIsBlankOrTooLong() {
    assertRefused(() -> DocumentText.ofText(" \n\t "), "text", "văn bản trống: hãy dán nội dung văn bản hoặc chọn tệp");
    assertRefused(() -> DocumentText.ofText(null), "text", "văn bản trống: hãy dán nội dung văn bản hoặc chọn tệp");
    assertThat(DocumentText.ofText("a".repeat(DocumentText.MAX_CHARS))).hasSize(DocumentText.MAX_CHARS);
    assertRefused(() -> DocumentText.ofText("a".repeat(DocumentText.MAX_CHARS + 1)), "text", "văn bản dài quá 500.000 ký tự");
  }

  private static void assertRefused(ThrowingCallable call, String field, String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidSubmissionException.class,
        refused -> assertThat(refused.errors()).containsExactly(entry(field, message)));
  }

  static void paragraph(XWPFDocument document, String text) {
    document.createParagraph().createRun().setText(text);
  }

  /** Rows of cells; a "\n" in a cell starts a new paragraph in it, as offices type the header block. */
  static XWPFTable table(XWPFDocument document, List<List<String>> rows) {
    XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
    for (int row = 0; row < rows.size(); row++) {
      for (int column = 0; column < rows.get(row).size(); column++) {
        XWPFTableCell cell = table.getRow(row).getCell(column);
        String[] lines = rows.get(row).get(column).split("\n");
        cell.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int line = 1; line < lines.length; line++) {
          XWPFParagraph paragraph = cell.addParagraph();
          XWPFRun run = paragraph.createRun();
          run.setText(lines[line]);
        }
      }
    }
    return table;
  }

  /** Encrypted with an owner password and {@code userPassword} (empty: it opens without one, as signed offices' PDFs do). */
  private static byte[] encrypted(String userPassword) throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(document, PDType0Font.load(document, new File(DEJAVU)), "Định kỳ trước ngày 05/11 hằng năm báo cáo Sở Y tế.");
      AccessPermission noCopying = new AccessPermission();
      noCopying.setCanExtractContent(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", userPassword, noCopying);
      policy.setEncryptionKeyLength(256);
      document.protect(policy);
      document.save(out);
      return out.toByteArray();
    }
  }

  private static void page(PDDocument document, PDType0Font font, String... lines) throws IOException {
    PDPage page = new PDPage();
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.beginText();
      content.setFont(font, 12);
      content.setLeading(18);
      content.newLineAtOffset(72, 720);
      for (String line : lines) {
        content.showText(line);
        content.newLine();
      }
      content.endText();
    }
  }
}
