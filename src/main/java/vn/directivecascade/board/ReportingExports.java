package vn.directivecascade.board;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The reporting matrix as a spreadsheet (.xlsx) or CSV, one line per organisation and period:
 * organisation code, name, period, status, due date, submitted at.
 */
@Component
class ReportingExports {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final List<String> COLUMNS = List.of("orgCode", "orgName", "period", "status", "due", "submitted");
  private static final int[] COLUMN_WIDTHS = {28, 50, 16, 24, 12, 18};

  private final BoardMessages messages;

  ReportingExports(BoardMessages messages) {
    this.messages = messages;
  }

  /** A sheet with a header row, the dates as real dates (dd/mm/yyyy, dd/mm/yyyy hh:mm), filters and a frozen header. */
  byte[] xlsx(ReportingBoard board, Locale locale) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.getProperties().getCoreProperties().setTitle(board.plan());
      Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(messages.get("board.reporting.export.sheet", locale)));
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));

      List<String> headings = headings(locale);
      Row headingRow = sheet.createRow(0);
      for (int column = 0; column < headings.size(); column++) {
        headingRow.createCell(column).setCellValue(headings.get(column));
        headingRow.getCell(column).setCellStyle(header);
        sheet.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
      }
      List<ReportingBoard.Line> lines = board.lines();
      for (int index = 0; index < lines.size(); index++) {
        ReportingBoard.Line line = lines.get(index);
        Row row = sheet.createRow(index + 1);
        row.createCell(0).setCellValue(line.orgCode());
        row.createCell(1).setCellValue(line.orgName());
        row.createCell(2).setCellValue(line.period());
        row.createCell(3).setCellValue(line.status());
        row.createCell(4).setCellValue(line.due());
        row.getCell(4).setCellStyle(date);
        if (line.submittedAt() != null) {
          row.createCell(5).setCellValue(line.submittedAt());
          row.getCell(5).setCellStyle(dateTime);
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, lines.size(), 0, headings.size() - 1));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** UTF-8 with a byte order mark (so Excel reads the Vietnamese right), comma-separated, quoted where needed, CRLF. */
  byte[] csv(ReportingBoard board, Locale locale) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    record(csv, headings(locale).stream());
    for (ReportingBoard.Line line : board.lines()) {
      record(csv, Stream.of(line.orgCode(), line.orgName(), line.period(), line.status(), DATE.format(line.due()),
          line.submittedAt() == null ? "" : DATE_TIME.format(line.submittedAt())));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A download's name: {@code bao-cao-ke-hoach-42.xlsx}. */
  static String fileName(ReportingBoard board, String extension) {
    return "bao-cao-ke-hoach-" + board.planId() + "." + extension;
  }

  private List<String> headings(Locale locale) {
    return COLUMNS.stream().map(column -> messages.get("board.reporting.export." + column, locale)).toList();
  }

  private static void record(StringBuilder csv, Stream<String> fields) {
    csv.append(fields.map(ReportingExports::field).collect(Collectors.joining(","))).append("\r\n");
  }

  /**
   * A field as RFC 4180 writes it: quoted when it holds a comma, quote or line break, quotes doubled.
   * Text that a spreadsheet would run as a formula (=, +, -, @ first) is kept as text with a leading apostrophe.
   */
  static String field(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
