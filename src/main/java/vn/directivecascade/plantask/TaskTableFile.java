package vn.directivecascade.plantask;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.directivecascade.validation.InvalidSubmissionException;

/**
 * Reads a task table from a spreadsheet as plans' appendices lay it out: a header row with TT, Nội
 * dung công việc, Cơ quan chủ trì, Cơ quan phối hợp, Sản phẩm, Thời gian, Ghi chú (found among the
 * first rows, under any title), then one task per row. Section headings ("I | Tuyên truyền…" with no
 * agency, product or time) and a row of column numbers are skipped. CSV must be UTF-8, separated by
 * commas, semicolons or tabs.
 */
public final class TaskTableFile {

  static final String FIELD = "file";
  static final long MAX_BYTES = 5L * 1024 * 1024;
  private static final int HEADER_SEARCH_ROWS = 15;

  private TaskTableFile() {
  }

  /** @throws InvalidSubmissionException with a message for the drafter when the file cannot be read as a task table */
  static List<TaskRow> read(String fileName, byte[] content) {
    if (content.length == 0) {
      throw refused("tệp rỗng");
    }
    if (content.length > MAX_BYTES) {
      throw refused("tệp lớn hơn " + MAX_BYTES / 1024 / 1024 + " MB");
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    List<List<String>> cells;
    if (name.endsWith(".xlsx")) {
      cells = xlsx(content);
    } else if (name.endsWith(".csv")) {
      cells = csv(content);
    } else {
      throw refused("chỉ nhận tệp .xlsx hoặc .csv, không nhận '" + fileName + "'");
    }
    return rows(cells);
  }

  /**
   * The tasks of a table already split into cells (an appendix read from a document's text).
   *
   * @throws InvalidSubmissionException when it has no task table's header or no task below it
   */
  public static List<TaskRow> rows(List<List<String>> cells) {
    int headerRow = -1;
    Columns columns = null;
    for (int row = 0; row < Math.min(HEADER_SEARCH_ROWS, cells.size()) && columns == null; row++) {
      columns = Columns.of(cells.get(row));
      headerRow = row;
    }
    if (columns == null) {
      throw refused("không thấy dòng tiêu đề có các cột TT, Nội dung công việc, Cơ quan chủ trì, Sản phẩm, Thời gian");
    }
    List<TaskRow> rows = new ArrayList<>();
    for (List<String> row : cells.subList(headerRow + 1, cells.size())) {
      TaskRow task = columns.task(row);
      if (isBlank(task) || isSectionHeading(task) || isColumnNumbers(row)) {
        continue;
      }
      rows.add(task);
      if (rows.size() > TaskTableService.MAX_ROWS) {
        throw refused("nhiều hơn " + TaskTableService.MAX_ROWS + " nhiệm vụ");
      }
    }
    if (rows.isEmpty()) {
      throw refused("không có nhiệm vụ nào dưới dòng tiêu đề");
    }
    return rows;
  }

  /** Which column holds what; the header cells are matched by their words, not their exact spelling. */
  private record Columns(int number, int content, int lead, int cooperators, int product, int timeFrame, int note) {

    static Columns of(List<String> header) {
      List<String> names = header.stream().map(TaskTableFile::normalized).toList();
      int number = find(names, name -> name.equals("tt") || name.equals("stt") || name.equals("số tt"));
      int content = find(names, name -> name.startsWith("nội dung") || name.startsWith("nhiệm vụ"));
      int lead = find(names, name -> name.contains("chủ trì"));
      int cooperators = find(names, name -> name.contains("phối hợp"));
      int product = find(names, name -> name.contains("sản phẩm"));
      int timeFrame = find(names, name -> name.startsWith("thời gian") || name.startsWith("thời hạn"));
      int note = find(names, name -> name.startsWith("ghi chú"));
      if (number < 0 || content < 0 || lead < 0 || product < 0 || timeFrame < 0) {
        return null;
      }
      return new Columns(number, content, lead, cooperators, product, timeFrame, note);
    }

    TaskRow task(List<String> row) {
      String cooperatorCell = cell(row, cooperators);
      return new TaskRow(cell(row, number), cell(row, content), cell(row, lead), cooperatorCell == null ? List.of() : List.of(cooperatorCell),
          cell(row, product), cell(row, timeFrame), cell(row, note));
    }

    private static int find(List<String> names, Predicate<String> matches) {
      for (int index = 0; index < names.size(); index++) {
        if (matches.test(names.get(index))) {
          return index;
        }
      }
      return -1;
    }

    /** The cell's text; line breaks inside it (several agencies) are kept, other runs of space made one. */
    private static String cell(List<String> row, int column) {
      if (column < 0 || column >= row.size() || row.get(column) == null) {
        return null;
      }
      String text = row.get(column).replaceAll("[ \\t\\u00a0]+", " ").strip();
      return text.isEmpty() ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
  }

  private static boolean isBlank(TaskRow task) {
    return task.number() == null && task.content() == null && task.lead() == null && task.cooperators().isEmpty()
        && task.product() == null && task.timeFrame() == null && task.note() == null;
  }

  /** "I | Công tác tuyên truyền" – a heading groups the tasks below it and assigns nothing. */
  private static boolean isSectionHeading(TaskRow task) {
    return task.lead() == null && task.cooperators().isEmpty() && task.product() == null && task.timeFrame() == null;
  }

  /** "(1) | (2) | (3) …" under the header. */
  private static boolean isColumnNumbers(List<String> row) {
    return row.stream().filter(cell -> cell != null && !cell.isBlank()).allMatch(cell -> cell.strip().matches("\\(?\\d{1,2}\\)?"));
  }

  private static String normalized(String header) {
    return header == null ? "" : Normalizer.normalize(header, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ").replaceAll("[.:*]", "").strip();
  }

  private static List<List<String>> xlsx(byte[] content) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi-VN"));
      List<List<String>> rows = new ArrayList<>();
      for (int index = 0; index <= sheet.getLastRowNum(); index++) {
        Row row = sheet.getRow(index);
        List<String> cells = new ArrayList<>();
        for (int column = 0; row != null && column < row.getLastCellNum(); column++) {
          cells.add(row.getCell(column) == null ? null : formatter.formatCellValue(row.getCell(column)));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw refused("không đọc được tệp .xlsx (tệp hỏng hoặc không phải bảng tính Excel): " + e.getMessage());
    }
  }

  private static List<List<String>> csv(byte[] content) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw refused("tệp .csv phải được lưu với bảng mã UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
    char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
    try {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
        rows.add(record.toList());
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw refused("không đọc được tệp .csv: " + e.getMessage());
    }
  }

  private static long count(String line, char character) {
    return line.chars().filter(c -> c == character).count();
  }

  private static InvalidSubmissionException refused(String message) {
    return InvalidSubmissionException.of(FIELD, message);
  }
}
