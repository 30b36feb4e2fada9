package vn.directivecascade.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.directivecascade.reading.DocumentReading.Role;
import vn.directivecascade.reading.DocumentReading.Signatory;

/**
 * The end of a document: "Nơi nhận:" with one recipient a line ("- Sở Y tế (t/h);", or under a
 * heading "Để thực hiện:"), the archive line "Lưu: VT", and the signing block "TM. ỦY BAN NHÂN DÂN /
 * KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / (name)". Converters often interleave the two columns; lines of
 * one are told from lines of the other by their form.
 */
final class ClosingBlock {

  /** A recipient line as written, its role and the line it came from. */
  record Line(String name, Role role, String source) {
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final Pattern RECIPIENTS = Pattern.compile("^[-–•*]?\\s*Nơi nhận\\s*:?\\s*(.*)$", FLAGS);
  private static final Pattern BULLET = Pattern.compile("^[-–+•*]\\s*");
  private static final Pattern ROLE_MARK = Pattern.compile(
      "\\(\\s*(?:để\\s+)?(t/h|b/c|p/h|đ/b|c/đ|thực hiện|báo cáo|phối hợp|biết|chỉ đạo|theo dõi|xem xét)\\s*\\)", FLAGS);
  private static final Pattern ROLE_MARK_AT_END = Pattern.compile("(" + ROLE_MARK.pattern() + ")[\\s;.]*$", FLAGS);
  private static final Pattern ROLE_HEADING = Pattern.compile("^(?:để\\s+)?(thực hiện|báo cáo|phối hợp|biết|chỉ đạo)\\s*:?$", FLAGS);
  private static final Pattern ARCHIVE = Pattern.compile("^Lưu\\s*[:.]?", FLAGS);
  private static final Pattern CAPACITY = Pattern.compile("(?<![\\p{L}])(TM|KT|TL|Q)\\.\\s*(.*)$", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SIGNED = Pattern.compile("^[(\\[]?\\s*(?:đã ký|ký|ký tên|ký, đóng dấu|ký và đóng dấu|đã ký và đóng dấu)[^)\\]]*[)\\]]?$", FLAGS);
  private static final Pattern PERSON = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}$", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern APPENDIX = Pattern.compile("^(?:PHỤ LỤC|Phụ lục)(?:\\s|$)", Pattern.UNICODE_CHARACTER_CLASS);
  /** Family names, to tell "Nguyễn Văn Đối" from a capitalised phrase. */
  private static final Set<String> FAMILY_NAMES = Set.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
      "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh", "Lâm", "Mai", "Trịnh", "Trương", "Tạ", "Lò", "Lường", "Giàng", "Tòng", "Cầm", "Hà",
      "Lương", "Chu", "Vương", "Thái", "Quách", "Cao", "Tô", "Kiều", "Triệu", "Đoàn", "Lưu", "Lại", "Tăng", "Thân", "Nông", "Hứa", "Mạc",
      "Khổng", "La", "Tống", "Đồng", "Âu", "Sùng", "Vàng", "Thào", "Mùa", "Sầm", "Điêu", "Bế", "Ma", "Lục", "Ninh", "Doãn", "Diệp",
      "Phùng", "Nghiêm", "Giáp", "Lã", "Quan", "Hầu", "Bạch", "Khúc", "Kim", "Tiêu", "Y", "Ksor", "Rơ", "Nay", "Siu", "Kpă", "A", "Thạch",
      "Sơn", "Danh", "Lữ", "Văn", "Ông", "Từ", "Đàm", "Vi", "Lạc", "Ung", "Phí", "Khuất", "Tôn", "Mã", "Trình");

  final List<Line> recipients = new ArrayList<>();
  Signatory signatory;
  String signatorySource;
  final List<String> warnings = new ArrayList<>();

  ClosingBlock(List<String> lines, int from) {
    int recipientsLine = -1;
    for (int index = lines.size() - 1; index >= from; index--) {
      if (RECIPIENTS.matcher(lines.get(index)).matches()) {
        recipientsLine = index;
        break;
      }
    }
    int end = appendixStart(lines, Math.max(from, recipientsLine));
    if (recipientsLine >= 0) {
      readRecipients(lines, recipientsLine, end);
    }
    int signingFrom = recipientsLine >= 0 ? Math.max(from, recipientsLine - 12) : Math.max(from, end - 30);
    readSignatory(lines, signingFrom, end);
  }

  private static int appendixStart(List<String> lines, int from) {
    for (int index = from; index < lines.size(); index++) {
      if (APPENDIX.matcher(lines.get(index)).find()) {
        return index;
      }
    }
    return lines.size();
  }

  private void readRecipients(List<String> lines, int recipientsLine, int end) {
    Role headingRole = null;
    List<Brace> braces = new ArrayList<>();
    StringBuilder pending = null;
    String pendingSource = null;
    List<String> entries = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<Role> headingRoles = new ArrayList<>();
    Matcher first = RECIPIENTS.matcher(lines.get(recipientsLine));
    first.matches();
    List<Piece> candidates = new ArrayList<>();
    if (!first.group(1).isBlank()) {
      candidates.addAll(pieces(first.group(1)));
    }
    lines.subList(recipientsLine + 1, end).forEach(line -> candidates.addAll(pieces(line)));
    boolean archived = false;
    for (Piece piece : candidates) {
      String raw = piece.source();
      String line = piece.text();
      if (line.isEmpty()) {
        continue;
      }
      String text = BULLET.matcher(line).replaceFirst("").strip();
      if (text.startsWith("}")) {
        Matcher mark = ROLE_MARK.matcher(text);
        braces.add(new Brace(mark.find() ? role(mark.group(1)) : null, entries.size() + (pending == null ? 0 : 1), archived));
        continue;
      }
      // After the archive line only the flattened brace marks may still follow.
      archived = archived || ARCHIVE.matcher(text).find();
      if (archived) {
        continue;
      }
      Matcher heading = ROLE_HEADING.matcher(text.replaceAll("[;.]$", ""));
      if (heading.matches()) {
        headingRole = role(heading.group(1));
        continue;
      }
      boolean bullet = piece.startsEntry() || BULLET.matcher(line).find();
      if (bullet) {
        if (pending != null) {
          entries.add(pending.toString());
          sources.add(pendingSource);
        }
        pending = new StringBuilder(text);
        pendingSource = raw;
        headingRoles.add(headingRole);
      } else if (pending != null && !pending.toString().matches(".*[;.]$") && !DocumentLines.isCapitals(text) && !isPerson(text)) {
        pending.append(' ').append(text);
        pendingSource = pendingSource + " " + text;
      } else if (pending == null && !DocumentLines.isCapitals(text) && !isPerson(text) && text.length() < 120) {
        // The first recipient may come without a dash.
        pending = new StringBuilder(text);
        pendingSource = raw;
        headingRoles.add(headingRole);
      }
    }
    if (pending != null) {
      entries.add(pending.toString());
      sources.add(pendingSource);
    }
    List<Role> roles = new ArrayList<>();
    for (int index = 0; index < entries.size(); index++) {
      Matcher mark = ROLE_MARK.matcher(entries.get(index));
      roles.add(mark.find() ? role(mark.group(1)) : headingRoles.get(index));
    }
    if (!braces.isEmpty()) {
      if (!rolesOfBraces(braces, roles)) {
        warnings.add("Nơi nhận nhóm các dòng bằng dấu ngoặc '}': không rõ vai trò của từng dòng, hãy chọn.");
      } else if (braces.get(0).afterArchive()) {
        warnings.add("Vai trò của các nhóm trong Nơi nhận được suy ra từ dấu ngoặc '}' theo thứ tự các nhóm: hãy kiểm tra.");
      }
    }
    for (int index = 0; index < entries.size(); index++) {
      String name = ROLE_MARK.matcher(entries.get(index)).replaceAll("").replaceAll("[\\s;,.]+$", "").replaceAll("\\s+", " ").strip();
      if (!name.isEmpty()) {
        recipients.add(new Line(name, roles.get(index), sources.get(index)));
      }
    }
  }

  /** A brace "} (Để thực hiện)" grouping recipients: its role, how many entries came before it, and whether it came after "Lưu". */
  private record Brace(Role role, int entriesBefore, boolean afterArchive) {
  }

  /**
   * Gives the recipients without a role of their own the role of their brace: a brace in place is the
   * role of the run of unmarked recipients just above it; braces a conversion moved below "Lưu" are
   * the roles of the runs in order (the lines with a role of their own separate the runs), when there
   * are as many runs as braces.
   *
   * @return whether every brace could be placed; when not, {@code roles} is unchanged
   */
  private static boolean rolesOfBraces(List<Brace> braces, List<Role> roles) {
    if (braces.stream().anyMatch(brace -> brace.role() == null)) {
      return false;
    }
    List<Role> assigned = new ArrayList<>(roles);
    if (braces.stream().allMatch(Brace::afterArchive)) {
      List<List<Integer>> runs = new ArrayList<>();
      List<Integer> run = new ArrayList<>();
      for (int index = 0; index <= roles.size(); index++) {
        if (index < roles.size() && roles.get(index) == null) {
          run.add(index);
        } else if (!run.isEmpty()) {
          runs.add(run);
          run = new ArrayList<>();
        }
      }
      if (runs.size() != braces.size()) {
        return false;
      }
      for (int group = 0; group < runs.size(); group++) {
        Role role = braces.get(group).role();
        runs.get(group).forEach(index -> assigned.set(index, role));
      }
    } else if (braces.stream().noneMatch(Brace::afterArchive)) {
      int groupStart = 0;
      for (Brace brace : braces) {
        int index = brace.entriesBefore() - 1;
        if (index < groupStart || roles.get(index) != null) {
          return false;
        }
        for (; index >= groupStart && roles.get(index) == null; index--) {
          assigned.set(index, brace.role());
        }
        groupStart = brace.entriesBefore();
      }
    } else {
      return false;
    }
    for (int index = 0; index < roles.size(); index++) {
      roles.set(index, assigned.get(index));
    }
    return true;
  }

  /** One recipient's text of a line, whether it starts a recipient of its own, and the whole line it is part of. */
  private record Piece(String text, boolean startsEntry, String source) {
  }

  /**
   * A line's recipients: several run into one line ("- TTr Tỉnh ủy; TTr HĐND tỉnh;", "…(để b/c);- CVP…",
   * "Như Điều 3; Văn phòng Chính phủ; …" when the text lost its line breaks) are one a piece.
   */
  private static List<Piece> pieces(String line) {
    // A conversion's table pipes ("- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |") part the two columns.
    String source = line.replaceAll("\\s*\\|\\s*", " ").strip();
    List<String> parts = new ArrayList<>(List.of(withoutSigningColumn(source).split("(?<=;)\\s*(?=\\S)")));
    String last = parts.get(parts.size() - 1);
    Matcher lineMark = ROLE_MARK_AT_END.matcher(last);
    // A dashed line is one item of the list, so its closing mark is its every recipient's; an inline
    // list ("Nơi nhận: A; B (b/c); C (t/h)") marks each recipient by itself.
    String mark = parts.size() > 1 && BULLET.matcher(source).find() && lineMark.find() ? lineMark.group(1) : null;
    if (mark != null && ROLE_MARK.matcher(last).replaceAll("").replaceAll("[\\s;.]", "").isEmpty()) {
      // "Sở LĐTB và Xã hội; (Để phối hợp)": the mark alone is no recipient.
      parts.remove(parts.size() - 1);
    }
    List<Piece> pieces = new ArrayList<>();
    for (int index = 0; index < parts.size(); index++) {
      String part = parts.get(index).strip();
      if (mark != null && !ROLE_MARK.matcher(part).find()) {
        part = part.replaceFirst("[;\\s]*$", " " + Matcher.quoteReplacement(mark) + ";");
      }
      pieces.add(new Piece(part, index > 0, source));
    }
    return pieces;
  }

  /** A recipient line with the signing column's text run into it ("- Như trên; KT. CHỦ TỊCH"). */
  private static String withoutSigningColumn(String line) {
    String text = line;
    Matcher capacity = CAPACITY.matcher(text);
    if (capacity.find() && capacity.start() > 0) {
      text = text.substring(0, capacity.start());
    }
    return text.replaceFirst("(;)\\s*[\\p{Lu}\\s.]{4,}$", "$1").strip();
  }

  private static Role role(String mark) {
    String folded = DocumentLines.folded(mark).replaceFirst("^để\\s+", "");
    return switch (folded) {
      case "t/h", "thực hiện" -> Role.implement;
      case "b/c", "báo cáo" -> Role.report;
      case "p/h", "phối hợp" -> Role.cooperate;
      case "đ/b", "biết" -> Role.inform;
      case "c/đ", "chỉ đạo" -> Role.direct;
      default -> null;
    };
  }

  private void readSignatory(List<String> lines, int from, int end) {
    String capacity = null;
    int capacityLine = -1;
    String nameLine = null;
    int nameIndex = -1;
    for (int index = from; index < end; index++) {
      String line = lines.get(index).strip();
      Matcher mark = CAPACITY.matcher(line);
      if (mark.find() && DocumentLines.isCapitals(mark.group(2).isEmpty() ? "XXX" : mark.group(2))) {
        capacity = mark.group(1);
        capacityLine = index;
      }
    }
    for (int index = end - 1; index >= Math.max(from, capacityLine); index--) {
      String line = lines.get(index).strip();
      if (isPerson(line)) {
        nameLine = line;
        nameIndex = index;
        break;
      }
    }
    if (nameLine == null && capacityLine < 0) {
      return;
    }
    String position = nameLine == null ? positionUnder(lines, capacityLine, end) : null;
    for (int index = nameLine == null ? -1 : nameIndex - 1; index >= Math.max(from, capacityLine); index--) {
      String line = lines.get(index).strip();
      if (line.isEmpty() || SIGNED.matcher(line).matches()) {
        continue;
      }
      Matcher mark = CAPACITY.matcher(line);
      String candidate = mark.find() ? mark.group(2).strip() : line;
      if (DocumentLines.isCapitals(candidate)) {
        position = candidate;
      }
      break;
    }
    signatory = new DocumentReading.Signatory(nameLine == null ? null : toNameCase(nameLine), capacity, position);
    signatorySource = (capacityLine >= 0 ? lines.get(capacityLine).strip() : "") + (nameLine == null ? "" : " … " + nameLine);
  }

  /** Without a name, the title under the capacity line, if the next line is one ("PHÓ CHỦ TỊCH"). */
  private static String positionUnder(List<String> lines, int capacityLine, int end) {
    for (int index = capacityLine + 1; index < end; index++) {
      String line = lines.get(index).strip();
      if (line.isEmpty() || SIGNED.matcher(line).matches()) {
        continue;
      }
      boolean title = DocumentLines.isCapitals(line) && line.split("\\s+").length <= 4 && !CAPACITY.matcher(line).find()
          && line.matches("^(?:PHÓ\\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|BÍ THƯ|CHÁNH|TRƯỞNG|"
              + "TỔNG GIÁM ĐỐC|VIỆN TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|HIỆU TRƯỞNG|THỦ TRƯỞNG)(?:\\s.*)?$");
      return title ? line : null;
    }
    return null;
  }

  private static boolean isPerson(String line) {
    String text = line.strip();
    if (DocumentLines.isCapitals(text)) {
      String[] words = text.split("\\s+");
      return words.length >= 2 && words.length <= 5 && FAMILY_NAMES.contains(toNameCase(words[0])) && !text.contains(".");
    }
    return PERSON.matcher(text).matches() && FAMILY_NAMES.contains(text.split("\\s+")[0]);
  }

  /** "NGUYỄN VĂN ĐỐI" → "Nguyễn Văn Đối"; a name in mixed case stays as written. */
  private static String toNameCase(String name) {
    if (!DocumentLines.isCapitals(name) && !name.equals(name.toUpperCase())) {
      return name;
    }
    StringBuilder cased = new StringBuilder();
    for (String word : name.toLowerCase().split("\\s+")) {
      cased.append(cased.length() == 0 ? "" : " ").append(word.substring(0, 1).toUpperCase()).append(word.substring(1));
    }
    return cased.toString();
  }
}
