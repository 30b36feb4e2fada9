package vn.directivecascade.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's text as converters deliver it, tidied: Markdown emphasis and heading marks removed,
 * page numbers and running headers dropped, tables (Markdown rows "| a | b |") set apart. Gives the
 * lines as written, for the header and signature blocks, and paragraphs with the line breaks of the
 * page layout undone, for the sentences.
 */
final class DocumentLines {

  /** A table of the text: its rows of cells, and the index of the line it followed. */
  record Table(int afterLine, List<List<String>> rows) {
  }

  /** A paragraph: its text on one line and the index of its first line. */
  record Paragraph(int line, String text) {
  }

  private static final Pattern PAGE_MARK = Pattern.compile(
      "^(?:[-–—]?\\s*\\d{1,3}\\s*[-–—]?|trang\\s+\\d{1,3}(?:\\s*/\\s*\\d{1,3})?|page\\s+\\d{1,3}(?:\\s+of\\s+\\d{1,3})?)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RULE = Pattern.compile("^[-_=*~.\\s]{3,}$");
  private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|_{2,3}|`");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern TABLE_RULE = Pattern.compile("^\\|?[\\s:|-]+\\|?$");
  /** What starts a new paragraph even when the line before did not end a sentence. */
  private static final Pattern PARAGRAPH_START = Pattern.compile(
      "^(?:[-+•–*]\\s*|\\d{1,2}(?:\\.\\d{1,2})*[.)/]\\s|[a-zđ][.)]\\s|[IVXLC]{1,5}[.)/]\\s|(?:Điều|Phần|Chương|Mục)\\s+[\\dIVXLC]+"
          + "|Căn cứ|Thực hiện|Xét|Theo đề nghị|Nơi nhận|Kính gửi|Số\\s*:|V/v|(?:TM|KT|TL|Q)\\.\\s|Trên đây)");

  /**
   * A whole document run into a few long lines (a web page copied without its line breaks) is told
   * by its header or its "Nơi nhận" inside such a line; it is broken again where the lines of an
   * administrative document start.
   */
  private static final int RUN_TOGETHER_LENGTH = 300;
  private static final Pattern RUN_TOGETHER = Pattern.compile(".\\s(?:CỘNG\\s+H[OÒ]A\\s+XÃ\\s+HỘI|Nơi nhận\\s*:)");
  private static final Pattern LINE_STARTS = Pattern.compile("\\s+(?="
      + "CỘNG\\s+H[OÒ]A\\s+XÃ\\s+HỘI|Độc\\s+lập\\s*[-–]?\\s*Tự\\s+do|Số\\s*:\\s*\\d|Căn cứ\\s|Thực hiện\\s|Xét đề nghị|Theo đề nghị|QUYẾT ĐỊNH\\s*:"
      + "|Điều\\s+\\d+\\.|Nơi nhận\\s*:|Lưu\\s*:|(?:TM|KT|TL|Q)\\.\\s+\\p{Lu}{2})"
      // list items and section numbers after a clause, the type word in capitals after the date, a decision's authority line after its title
      + "|(?<=[:;.]|\\p{Lu}{2})\\s+(?=[-+•]\\s|(?:[IVX]{1,4}|\\d{1,2})\\.\\s+\\p{Lu})"
      + "|(?<=năm\\s\\d{4})\\s+(?=\\p{Lu}{2,}\\s+\\p{Lu}{2,})"
      + "|(?<=\\p{Lu}{2})(?<!CỦA|VÀ|VỚI|CHO|TẠI|THUỘC)\\s+(?=(?:CHỦ TỊCH\\s+)?(?:ỦY|UỶ) BAN NHÂN DÂN\\s)"
      // the signer's position and name after the capacity
      + "|(?<=\\p{Lu}{2})\\s+(?=PHÓ\\s+(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|BÍ THƯ|CHÁNH VĂN PHÒNG)(?:\\s|$))"
      + "|(?<=\\p{Lu}{2})\\s+(?=\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){1,3}\\s*$)", Pattern.UNICODE_CHARACTER_CLASS);

  private final List<String> lines = new ArrayList<>();
  private final List<Table> tables = new ArrayList<>();

  DocumentLines(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
        .replace('\u00a0', ' ').replaceAll("[\u200b\u200c\u200d\ufeff]", "").replace('\t', ' ');
    List<List<String>> tableRows = new ArrayList<>();
    for (String raw : splitLines(normalized)) {
      String line = tidy(raw);
      if (line.startsWith("|") && line.length() > 1) {
        if (!TABLE_RULE.matcher(line).matches()) {
          tableRows.add(cells(line));
        }
        continue;
      }
      if (!line.isEmpty() && !tableRows.isEmpty()) {
        endTable(tableRows);
        tableRows = new ArrayList<>();
      }
      add(line.replaceFirst("\\s*\\|$", ""));
    }
    if (!tableRows.isEmpty()) {
      endTable(tableRows);
    }
  }

  /** The text's lines; a line that is a whole document run together broken where its lines start. */
  private static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.length() > RUN_TOGETHER_LENGTH && RUN_TOGETHER.matcher(line).find()) {
        lines.addAll(List.of(LINE_STARTS.split(line)));
      } else {
        lines.add(line);
      }
    }
    return lines;
  }

  private void add(String line) {
    if (!PAGE_MARK.matcher(line).matches() && !(RULE.matcher(line).matches() && !line.isEmpty())) {
      lines.add(line);
    }
  }

  /**
   * A table of tasks is kept as a table; any other (the header block or signing block laid out in a
   * table, as converters do) is read as its lines, cell by cell.
   */
  private void endTable(List<List<String>> rows) {
    boolean tasks = rows.stream().limit(5).flatMap(List::stream).anyMatch(cell -> folded(cell).contains("chủ trì"));
    if (tasks) {
      tables.add(new Table(lines.size() - 1, rows));
      return;
    }
    for (List<String> row : rows) {
      for (String cell : row) {
        for (String line : cell.split("\n")) {
          add(line.strip());
        }
      }
    }
  }

  private static String tidy(String raw) {
    String line = raw.strip();
    line = MARKDOWN_HEADING.matcher(line).replaceFirst("");
    line = EMPHASIS.matcher(line).replaceAll("");
    line = line.replace("\\-", "-").replace("\\.", ".").replace("\\*", "*");
    return line.replaceAll("\\s+", " ").strip();
  }

  private static List<String> cells(String row) {
    String inner = row.strip();
    inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
    return Arrays.stream(inner.split("\\|", -1)).map(cell -> cell.replaceAll("(?i)\\s*<br\\s*/?>\\s*", "\n").strip()).toList();
  }

  /** Every line as written, tidied; blank lines kept (empty). */
  List<String> lines() {
    return lines;
  }

  List<Table> tables() {
    return tables;
  }

  /**
   * The lines from {@code from} (inclusive) to {@code to} (exclusive) as paragraphs: a line joins
   * the one before unless that ended a sentence (". ; : ! ?") or was a heading in capitals, or it
   * starts one itself (a dash, a numbered item, "Căn cứ", "Nơi nhận", …). Blank lines are ignored:
   * converters put them between every line as often as between paragraphs.
   */
  List<Paragraph> paragraphs(int from, int to) {
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder current = null;
    int start = from;
    String previous = null;
    for (int index = from; index < to; index++) {
      String line = lines.get(index);
      if (line.isEmpty()) {
        continue;
      }
      boolean joins = current != null && !endsSentence(previous) && !isCapitals(previous) && !isCapitals(line)
          && !PARAGRAPH_START.matcher(line).find() && !(current.charAt(0) == '(' && previous.endsWith(")"));
      if (joins) {
        current.append(previous.endsWith("-") && !previous.endsWith(" -") ? "" : " ").append(line);
      } else {
        if (current != null) {
          paragraphs.add(new Paragraph(start, current.toString()));
        }
        current = new StringBuilder(line);
        start = index;
      }
      previous = line;
    }
    if (current != null) {
      paragraphs.add(new Paragraph(start, current.toString()));
    }
    return paragraphs;
  }

  static boolean endsSentence(String line) {
    return line.matches(".*[.;:!?]\\)?$");
  }

  /** A line in capitals (a heading, a title, a header block line): at least three letters, none lower case. */
  static boolean isCapitals(String line) {
    int letters = 0;
    for (int index = 0; index < line.length(); index++) {
      char c = line.charAt(index);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 3;
  }

  /** Lower case, one space between words, tone marks in the modern style, for comparing words. */
  static String folded(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    Matcher oldStyle = OLD_STYLE_TONE.matcher(folded);
    StringBuilder modern = new StringBuilder();
    while (oldStyle.find()) {
      oldStyle.appendReplacement(modern, MODERN_TONES.get(oldStyle.group()));
    }
    return oldStyle.appendTail(modern).toString();
  }

  /** "hoà", "uỷ", "khoẻ" (tone on the second vowel of an open syllable) are written "hòa", "ủy", "khỏe" today. */
  private static final Map<String, String> MODERN_TONES = Map.ofEntries(Map.entry("oá", "óa"), Map.entry("oà", "òa"), Map.entry("oả", "ỏa"),
      Map.entry("oã", "õa"), Map.entry("oạ", "ọa"), Map.entry("oé", "óe"), Map.entry("oè", "òe"), Map.entry("oẻ", "ỏe"), Map.entry("oẽ", "õe"),
      Map.entry("oẹ", "ọe"), Map.entry("uý", "úy"), Map.entry("uỳ", "ùy"), Map.entry("uỷ", "ủy"), Map.entry("uỹ", "ũy"), Map.entry("uỵ", "ụy"));
  private static final Pattern OLD_STYLE_TONE = Pattern.compile("(?:" + String.join("|", MODERN_TONES.keySet()) + ")(?![\\p{L}])");
}
