package vn.directivecascade.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top of a document as Decree 30/2020/NĐ-CP lays it out: the issuing body (under its parent),
 * the national motto, "Số: 916/KH-UBND", "Lai Châu, ngày 12 tháng 5 năm 2020", the type word in
 * capitals and the summary title under it (or "V/v …" under the number of an official letter).
 */
final class HeaderBlock {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  /** A number/symbol: 916/KH-UBND, 37-CT/TW, 38/2012/NQ-HĐND, 2717/LĐTBXH-PC. */
  static final String SYMBOL = "\\d{1,6}[a-z]?(?:/\\d{4})?\\s?[/-]\\s?\\p{Lu}[\\p{L}&]*(?:\\s?[-/.]\\s?[\\p{Lu}\\d][\\p{L}\\p{N}&]*)*";
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}])Số\\s*[:.]?\\s*(" + SYMBOL + ")?", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern BLANK_NUMBER = Pattern.compile("(?<![\\p{L}])Số\\s*[:.]?\\s*[/-]\\s?\\p{Lu}", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern PLACE_DATE = Pattern.compile(
      // "Lai Châu", "TP. Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm"
      "(?<![\\p{L}\\d/-])((?:TP\\.\\s*)?\\p{Lu}\\p{Ll}*(?:(?:\\s+|\\s*[-–]\\s*)\\p{Lu}\\p{Ll}*){0,3})\\s*,\\s*ngày\\s*(.{0,40})",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SPELLED_DATE = Pattern.compile("^(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*,?\\s*năm\\s*(\\d{4})?", FLAGS);
  private static final Pattern MOTTO = Pattern.compile(
      "CỘNG\\s+H(?:ÒA|OÀ)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM|Độc\\s+lập\\s*[-–—]?\\s*Tự\\s+do\\s*[-–—]?\\s*Hạnh\\s+phúc"
          + "|ĐẢNG\\s+CỘNG\\s+SẢN\\s+VIỆT\\s+NAM", FLAGS);
  /** Words a body's name starts with; a header line starting with none carries on the name above it ("TỈNH SƠN LA", "VIỆT NAM"). */
  private static final Pattern BODY_NAME = Pattern.compile("^(?:SỞ|BAN|BỘ|PHÒNG|VĂN PHÒNG|TRUNG TÂM|CỤC|CHI CỤC|UBND|ỦY BAN|UỶ BAN|TỈNH ỦY|TỈNH UỶ"
      + "|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|HỘI|LIÊN ĐOÀN|CÔNG ĐOÀN|BỆNH VIỆN|TRƯỜNG|VIỆN|TỔNG|THANH TRA|KHO BẠC"
      + "|BẢO HIỂM|CÔNG AN|BỘ CHỈ HUY|THỦ TƯỚNG|CHÍNH PHỦ|HĐND|LĐLĐ|ĐOÀN|MẶT TRẬN|QUỐC HỘI|TÒA ÁN|TOÀ ÁN|VIỆN KIỂM SÁT)(?:\\s|$)");
  /** Lines only a document's body starts with: no type word or title comes after them. */
  private static final Pattern BODY = Pattern.compile("^(?:Căn cứ|Kính gửi|Điều\\s+\\d|QUYẾT ĐỊNH\\s*:|Thực hiện .*[.;]$)", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SUBJECT_LINE = Pattern.compile("^(?:V/v|V/V|Về việc)[.:]?\\s*(.*)$");
  private static final Pattern TITLE_STOP = Pattern.compile(
      "^(?:Căn cứ|Thực hiện|Kính gửi|Xét|Theo|Để|Nhằm|Trong|Ngày|Năm|Hiện nay|Qua|I\\.|1\\.|Điều|Phần|Chương|QUYẾT ĐỊNH:|"
          + "(?:CHỦ TỊCH|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|BAN THƯỜNG VỤ|HỘI ĐỒNG NHÂN DÂN|BAN CHẤP HÀNH)(?:\\s|$))",
      Pattern.UNICODE_CHARACTER_CLASS);
  /** Type words as they head a document, and the type codes of a symbol, to the type's name. */
  private static final Map<String, String> TYPE_WORDS = new LinkedHashMap<>();
  private static final Map<String, String> TYPE_CODES = Map.ofEntries(Map.entry("KH", "Kế hoạch"), Map.entry("CT", "Chỉ thị"),
      Map.entry("QĐ", "Quyết định"), Map.entry("CTr", "Chương trình"), Map.entry("TB", "Thông báo"), Map.entry("HD", "Hướng dẫn"),
      Map.entry("NQ", "Nghị quyết"), Map.entry("KL", "Kết luận"), Map.entry("BC", "Báo cáo"), Map.entry("TTr", "Tờ trình"),
      Map.entry("ĐA", "Đề án"), Map.entry("CĐ", "Công điện"), Map.entry("QC", "Quy chế"), Map.entry("QyĐ", "Quy định"),
      Map.entry("NĐ", "Nghị định"), Map.entry("TT", "Thông tư"));
  private static final Set<String> ACRONYMS = Set.of("ubnd", "hđnd", "lđlđ", "tw", "mttq", "tp.", "bch", "lđ-tb&xh", "lđtbxh", "cp", "ttg");

  static {
    for (String type : List.of("Chương trình", "Kế hoạch", "Chỉ thị", "Quyết định", "Công văn", "Thông báo", "Hướng dẫn", "Nghị quyết",
        "Kết luận", "Báo cáo", "Tờ trình", "Đề án", "Công điện", "Quy chế", "Quy định", "Nghị định", "Thông tư")) {
      TYPE_WORDS.put(DocumentLines.folded(type), type);
    }
  }

  String numberSymbol;
  String documentType;
  String issuer;
  /** The body above the issuer in the header ("UBND TỈNH LAI CHÂU" above "SỞ Y TẾ"), if any. */
  String parentBody;
  String place;
  LocalDate issueDate;
  String title;
  /** The line index after the header and title, where the body starts. */
  int bodyStart;
  final Map<String, String> sources = new LinkedHashMap<>();
  final List<String> warnings = new ArrayList<>();

  HeaderBlock(List<String> lines) {
    int typeLine = typeLine(lines);
    int subjectLine = typeLine < 0 ? subjectLine(lines) : -1;
    int headerEnd = typeLine >= 0 ? typeLine : subjectLine >= 0 ? subjectLine : headerEndWithoutTitle(lines);
    readNumber(lines, headerEnd);
    readPlaceAndDate(lines, Math.max(headerEnd, Math.min(lines.size(), subjectLine >= 0 ? subjectLine + 6 : headerEnd)));
    readIssuer(lines, headerEnd);
    if (typeLine >= 0) {
      String line = lines.get(typeLine);
      String typeKey = typeKey(line);
      documentType = TYPE_WORDS.get(typeKey);
      sources.put("documentType", line);
      String rest = line.substring(Math.min(line.length(), typeKey.length())).replaceFirst("^[\\s:,.-]+", "");
      readTitle(lines, typeLine + 1, rest);
    } else if (subjectLine >= 0) {
      Matcher subject = SUBJECT_LINE.matcher(lines.get(subjectLine));
      subject.matches();
      readTitle(lines, subjectLine + 1, subject.group(1));
    } else {
      int titleLine = lineAfterPlaceAndDate(lines, headerEnd);
      if (titleLine >= 0 && DocumentLines.isCapitals(lines.get(titleLine)) && !TITLE_STOP.matcher(lines.get(titleLine)).find()) {
        // The type word above it is lost; the summary title is the capitals right under the place and date.
        readTitle(lines, titleLine, null);
      } else {
        bodyStart = 0;
      }
    }
    completeIssuerFromAuthorityLine(lines);
    if (documentType == null && numberSymbol != null) {
      documentType = typeOfSymbol(numberSymbol);
      sources.put("documentType", sources.get("numberSymbol"));
    }
    if (issuer == null && numberSymbol == null && issueDate == null) {
      warnings.add("Không thấy phần đầu văn bản (cơ quan ban hành, số, ngày): hãy nhập các giá trị này.");
    }
  }

  /** The first line in capitals that starts with a type word: "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ …". */
  private static int typeLine(List<String> lines) {
    for (int index = 0; index < Math.min(lines.size(), 60); index++) {
      String line = lines.get(index);
      if (BODY.matcher(line).find()) {
        return -1;
      }
      if (DocumentLines.isCapitals(line) && typeKey(line) != null && !line.strip().endsWith(":")) {
        return index;
      }
    }
    return -1;
  }

  /** Where a header with neither type word nor "V/v" ends: at the body, or after at most 12 lines. */
  private static int headerEndWithoutTitle(List<String> lines) {
    for (int index = 0; index < Math.min(lines.size(), 12); index++) {
      if (BODY.matcher(lines.get(index)).find()) {
        return index;
      }
    }
    return Math.min(lines.size(), 12);
  }

  private static String typeKey(String line) {
    String folded = DocumentLines.folded(line);
    for (String key : TYPE_WORDS.keySet()) {
      if (folded.equals(key) || folded.startsWith(key + " ")) {
        return key;
      }
    }
    return null;
  }

  private static int subjectLine(List<String> lines) {
    for (int index = 0; index < Math.min(lines.size(), 30); index++) {
      if (SUBJECT_LINE.matcher(lines.get(index)).matches() && !lines.get(index).startsWith("Về việc thực hiện")) {
        return index;
      }
    }
    return -1;
  }

  private void readNumber(List<String> lines, int headerEnd) {
    String header = String.join(" ", lines.subList(0, Math.max(0, headerEnd)));
    Matcher number = NUMBER.matcher(header);
    while (number.find()) {
      if (number.group(1) != null) {
        numberSymbol = number.group(1).replaceAll("\\s+", "");
        sources.put("numberSymbol", lineContaining(lines, headerEnd, "Số"));
        return;
      }
    }
    if (BLANK_NUMBER.matcher(header).find()) {
      sources.put("numberSymbol", lineContaining(lines, headerEnd, "Số"));
      warnings.add("Số văn bản để trống (văn bản chưa cấp số?): hãy nhập số, ký hiệu.");
    }
  }

  private void readPlaceAndDate(List<String> lines, int headerEnd) {
    String header = String.join(" ", lines.subList(0, Math.max(0, headerEnd)));
    Matcher placeDate = PLACE_DATE.matcher(header);
    if (!placeDate.find()) {
      return;
    }
    place = placeDate.group(1).strip();
    String source = lineContaining(lines, headerEnd, ", ngày");
    sources.put("place", source);
    sources.put("issueDate", source);
    String after = placeDate.group(2);
    Optional<LocalDate> numeric = VietnameseDates.leading(after);
    if (numeric.isPresent()) {
      issueDate = numeric.get();
      return;
    }
    Matcher spelled = SPELLED_DATE.matcher(after.strip());
    if (spelled.find() && spelled.group(1) != null && spelled.group(2) != null && spelled.group(3) != null) {
      issueDate = VietnameseDates.of(spelled.group(1), spelled.group(2), spelled.group(3)).orElse(null);
    }
    if (issueDate == null) {
      warnings.add("Ngày ban hành chưa ghi đủ ngày, tháng, năm: hãy nhập ngày.");
    }
  }

  /**
   * The body names of the header's left column: everything above the number line but the motto; a
   * line carrying on the name above it ("TỈNH SƠN LA" under "ỦY BAN NHÂN DÂN") is joined to it.
   */
  private void readIssuer(List<String> lines, int headerEnd) {
    List<String> above = new ArrayList<>();
    for (String line : lines.subList(0, Math.max(0, headerEnd))) {
      if (NUMBER.matcher(line).find() && line.matches("^\\s*Số.*") || PLACE_DATE.matcher(line).find() && line.contains("ngày")) {
        break;
      }
      above.add(line);
    }
    String joined = MOTTO.matcher(String.join("\n", above)).replaceAll("\n");
    List<String> names = new ArrayList<>();
    List<String> sourceLines = new ArrayList<>();
    for (String part : joined.split("\n")) {
      String name = part.replaceAll("[|*]|[-_]{3,}", " ").replaceAll("\\s+", " ").strip();
      int number = name.indexOf("Số:");
      if (number >= 0) {
        name = name.substring(0, number).strip();
      }
      if (name.isEmpty() || !DocumentLines.isCapitals(name) || MOTTO.matcher(name).find() || name.matches("^(?:CỘNG|HÒA|HOÀ).*")) {
        continue;
      }
      if (!names.isEmpty() && !BODY_NAME.matcher(name).find()) {
        names.set(names.size() - 1, names.get(names.size() - 1) + " " + name);
      } else {
        names.add(name);
      }
      sourceLines.add(part.strip());
    }
    if (names.isEmpty()) {
      return;
    }
    issuer = readable(names.get(names.size() - 1));
    parentBody = names.size() > 1 ? readable(names.get(names.size() - 2)) : null;
    sources.put("issuer", String.join(" / ", sourceLines));
  }

  /** The first line with text under the place and date in the header; -1 when there is none. */
  private static int lineAfterPlaceAndDate(List<String> lines, int headerEnd) {
    int index = 0;
    while (index < headerEnd && !(PLACE_DATE.matcher(lines.get(index)).find() && lines.get(index).contains("ngày"))) {
      index++;
    }
    for (index++; index < headerEnd; index++) {
      if (!lines.get(index).replaceAll("[|\\s_*=-]", "").isEmpty()) {
        return index;
      }
    }
    return -1;
  }

  /**
   * A decision names its authority under the title ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "CHỦ TỊCH ỦY BAN
   * NHÂN DÂN TỈNH …"): when it names the header's issuer more fully (the header lost "TỈNH QUẢNG TRỊ"), it is the issuer.
   * Without a title there is no line under it to look at.
   */
  private void completeIssuerFromAuthorityLine(List<String> lines) {
    if (issuer == null || title == null) {
      return;
    }
    for (int index = bodyStart; index < Math.min(lines.size(), bodyStart + 3); index++) {
      String line = lines.get(index).strip();
      if (line.isEmpty()) {
        continue;
      }
      String authority = line.replaceFirst("^CHỦ TỊCH\\s+", "");
      if (DocumentLines.isCapitals(authority) && DocumentLines.folded(authority).startsWith(DocumentLines.folded(issuer) + " ")) {
        issuer = readable(authority);
        sources.merge("issuer", line, (header, named) -> header + " / " + named);
      }
      return;
    }
  }

  private void readTitle(List<String> lines, int from, String firstPart) {
    List<String> parts = new ArrayList<>();
    if (firstPart != null && !firstPart.isBlank()) {
      parts.add(firstPart.strip());
    }
    int index = from;
    int blankRun = 0;
    for (; index < lines.size() && parts.size() < 10; index++) {
      String line = lines.get(index);
      if (line.isEmpty()) {
        blankRun++;
        continue;
      }
      boolean stop = !parts.isEmpty() && (TITLE_STOP.matcher(line).find() || blankRun >= 2 && !continuesTitle(parts, line)
          || DocumentLines.isCapitals(String.join(" ", parts)) != DocumentLines.isCapitals(line) || MOTTO.matcher(line).find()
          || PLACE_DATE.matcher(line).find() && line.contains("ngày"));
      // A title ends with no full stop: a line that does is the body's first sentence.
      if (stop || line.startsWith("Kính gửi") || line.startsWith("(") || !parts.isEmpty() && line.endsWith(".")) {
        break;
      }
      parts.add(line);
      blankRun = 0;
      if (DocumentLines.endsSentence(line) && !line.endsWith(",")) {
        index++;
        break;
      }
    }
    bodyStart = index;
    if (!parts.isEmpty()) {
      title = String.join(" ", parts).replaceAll("\\s+", " ").replaceAll("[.;:]+$", "").strip();
      sources.put("title", String.join(" ", parts));
    }
  }

  /** A title line broken in the middle of a word group: the next line starts in lower case or with a number. */
  private static boolean continuesTitle(List<String> parts, String line) {
    return Character.isLowerCase(line.charAt(0)) || Character.isDigit(line.charAt(0));
  }

  private static String lineContaining(List<String> lines, int headerEnd, String text) {
    for (String line : lines.subList(0, Math.max(0, Math.min(lines.size(), headerEnd + 6)))) {
      if (line.contains(text)) {
        return line;
      }
    }
    return null;
  }

  /**
   * The type a symbol's code names ("KH" in 916/KH-UBND, "CT" in 37-CT/TW); an official letter's
   * symbol names its office (2539/UBND-SNV). A symbol with its year (46/2019/QĐ-UBND) is a legal
   * document's, never a letter's: when a conversion lost its hyphen (46/2019/QĐUBND) the code is the
   * type code it starts with, and none when it starts with none.
   */
  static String typeOfSymbol(String symbol) {
    Matcher code = Pattern.compile("^\\d+(/\\d{4})?[/-]([\\p{L}]+)", Pattern.UNICODE_CHARACTER_CLASS).matcher(symbol);
    if (!code.find()) {
      return null;
    }
    String letters = code.group(2);
    if (TYPE_CODES.containsKey(letters)) {
      return TYPE_CODES.get(letters);
    }
    if (code.group(1) == null) {
      return "Công văn";
    }
    return TYPE_CODES.keySet().stream().filter(letters::startsWith).max(Comparator.comparingInt(String::length)).map(TYPE_CODES::get)
        .orElse(null);
  }

  /** A body name written in capitals, in the case a sentence writes it: "ỦY BAN NHÂN DÂN TỈNH SƠN LA" → "Ủy ban nhân dân tỉnh Sơn La". */
  static String readable(String name) {
    if (!DocumentLines.isCapitals(name)) {
      return name;
    }
    String[] words = name.toLowerCase(Locale.ROOT).split(" ");
    StringBuilder readable = new StringBuilder();
    boolean properName = false;
    for (int index = 0; index < words.length; index++) {
      String word = words[index];
      boolean capital = index == 0 || properName || ACRONYMS.contains(word)
          || index > 0 && List.of("sở", "bộ", "ban", "cục").contains(words[index - 1]) && !(index > 1 && words[index - 2].matches("ủy|uỷ"));
      if (ACRONYMS.contains(word)) {
        word = word.toUpperCase(Locale.ROOT);
      } else if (capital && !word.isEmpty()) {
        word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
      }
      readable.append(index == 0 ? "" : " ").append(word);
      properName = properName || List.of("tỉnh", "phố", "huyện", "quận", "xã", "phường").contains(words[index]);
    }
    return readable.toString();
  }
}
