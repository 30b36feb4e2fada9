package vn.directivecascade.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.directivecascade.organization.OrganizationNames;
import vn.directivecascade.organization.OrganizationService;
import vn.directivecascade.plantask.TaskRow;
import vn.directivecascade.plantask.TaskTableFile;
import vn.directivecascade.reading.DocumentReading.Basis;
import vn.directivecascade.reading.DocumentReading.RecipientLine;
import vn.directivecascade.reading.DocumentReading.Relation;
import vn.directivecascade.reading.DocumentReading.Reporting;
import vn.directivecascade.validation.InvalidSubmissionException;

/** Reads a document's text into a {@link DocumentReading}; creates nothing. */
@Service
public class DocumentReader {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final String CITED_TYPES = "Chỉ thị|Quyết định|Kế hoạch|Chương trình(?: hành động)?|Nghị quyết|Nghị định|Thông tư(?: liên tịch)?|Công văn"
      + "|Văn bản|Thông báo(?: kết luận)?|Kết luận|Hướng dẫn|Luật|Bộ luật|Pháp lệnh|Báo cáo|Đề án|Công điện|Quy định|Quy chế|Tờ trình";
  /** "Kế hoạch số 916/KH-UBND ngày 12/5/2020 của UBND tỉnh Lai Châu về …". */
  private static final Pattern CITATION = Pattern.compile("(?<![\\p{L}])(" + CITED_TYPES + ")\\s+(?:số\\s*:?\\s*)?(" + HeaderBlock.SYMBOL + ")", FLAGS);
  private static final Pattern CITED_BY = Pattern.compile("^\\s*,?\\s*(?:của\\s+)"
      + "((?:[^;,.:()]|\\([^()]{1,20}\\)|," + OrganizationPhrases.INSIDE_NAME + ")+?)"
      + "(?=\\s+(?:về|ban hành|quy định|hướng dẫn|thực hiện|triển khai|tăng cường|phê duyệt|sửa đổi|bổ sung|V/v|về\\s*việc|tại|đối với"
      + "|trong)(?![\\p{L}])"
      + "|\\s*(?:[;.:]|,(?!" + OrganizationPhrases.INSIDE_NAME + "))|\\s*\\((?![^()]{1,20}\\))|\\s*$)", FLAGS);
  private static final Pattern BASED_ON = Pattern.compile("^(?:[-+•]\\s*)?Căn cứ", FLAGS);
  private static final Pattern IMPLEMENTS = Pattern.compile(
      "^(?:[-+•]\\s*)?(?:Thực hiện|Triển khai|Để (?:triển khai|thực hiện|tổ chức thực hiện|cụ thể hóa|cụ thể hoá)|Nhằm (?:triển khai|thực hiện)|Thi hành)", FLAGS);
  /** In a title, the documents named right after "thực hiện …" are those it implements. */
  private static final Pattern TITLE_IMPLEMENTS = Pattern.compile("(?:thực hiện|triển khai|thi hành)\\s+(?:" + CITED_TYPES + ")\\s", FLAGS);
  private static final Pattern FIRST_SECTION = Pattern.compile(
      "^(?:I|1|Phần\\s+(?:I|1|thứ nhất)|Điều\\s+1|Chương\\s+(?:I|1))[.:)]?\\s|^(?:QUYẾT ĐỊNH|CHỈ THỊ|QUYẾT NGHỊ|KẾT LUẬN)\\s*:", FLAGS);
  private static final Pattern HEADING = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*[.)]|[a-zđ][.)]|[IVX]{1,4}[.)])\\s*(.+)$", Pattern.UNICODE_CHARACTER_CLASS);
  /** A list item under a lead-in sentence: "- …", "• …", "a) …". */
  private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-+•–*]|[a-zđ]\\))\\s", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern ROMAN_HEADING = Pattern.compile("^[IVX]{1,4}[.)]\\s", Pattern.UNICODE_CHARACTER_CLASS);
  /** A province named in full near the top ("ban hành kèm theo Quyết định … của Ủy ban nhân dân tỉnh Kon Tum"). */
  private static final Pattern PROVINCE_NAMED = Pattern.compile(
      "(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\\s+(?:tỉnh|thành phố)\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,2}", Pattern.UNICODE_CHARACTER_CLASS);
  /** Where the body ends. */
  private static final Pattern RECIPIENTS_START = Pattern.compile("^(?:[-–•*]\\s*)?Nơi nhận", FLAGS);
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[-+•]?\\s*\\p{Lu})|\\./\\.", Pattern.UNICODE_CHARACTER_CLASS);

  private final OrganizationService organizations;

  DocumentReader(OrganizationService organizations) {
    this.organizations = organizations;
  }

  /** What {@code text} says; the issuer and organisations are matched to the organisation tree. */
  public DocumentReading read(String text) {
    return read(text, organizations.names());
  }

  /** What {@code text} says, with organisations matched to {@code names}. */
  public static DocumentReading read(String text, OrganizationNames names) {
    DocumentLines document = new DocumentLines(text);
    List<String> lines = document.lines();
    HeaderBlock header = new HeaderBlock(lines);
    Map<String, String> sources = new LinkedHashMap<>(header.sources);
    List<String> warnings = new ArrayList<>(header.warnings);

    String provinceCode = province(names, header, lines);
    OrganizationPhrases unscoped = new OrganizationPhrases(names, provinceCode, null);
    String issuerCode = header.issuer == null ? null : unscoped.single(header.issuer).orElse(null);
    if (header.issuer != null && issuerCode == null) {
      warnings.add("Cơ quan ban hành '" + header.issuer + "' không có trong danh mục tổ chức: hãy chọn.");
    }
    if (issuerCode != null && provinceCode == null) {
      provinceCode = issuerCode;
    }
    OrganizationPhrases phrases = new OrganizationPhrases(names, provinceCode, issuerCode);

    ClosingBlock closing = new ClosingBlock(lines, header.bodyStart);
    List<DocumentLines.Paragraph> body = document.paragraphs(header.bodyStart, lines.size());
    List<Basis> basis = basis(header, body);
    List<Reporting> reporting = reporting(body, phrases);
    List<RecipientLine> recipients = closing.recipients.stream()
        .map(line -> new RecipientLine(line.name(), line.role(), phrases.codes(line.name()), line.source())).toList();
    warnings.addAll(closing.warnings);
    if (closing.signatorySource != null) {
      sources.put("signatory", closing.signatorySource);
    }
    List<TaskRow> tasks = tasks(document);
    if (header.title == null && header.numberSymbol == null && basis.isEmpty() && reporting.isEmpty() && recipients.isEmpty()) {
      warnings.add("Không nhận ra văn bản hành chính nào trong nội dung này.");
    }
    return new DocumentReading(header.numberSymbol, header.documentType, header.issuer, issuerCode, header.place, header.issueDate,
        header.title, basis, reporting, recipients, closing.signatory, tasks, warnings, sources);
  }

  /**
   * The province (or central body) whose organisations the document's short names mean: the
   * issuer's parent body in the header, the issuer itself, or the place it was issued.
   */
  private static String province(OrganizationNames names, HeaderBlock header, List<String> lines) {
    OrganizationPhrases anywhere = new OrganizationPhrases(names, null, null);
    for (String body : new String[] {header.parentBody, header.issuer}) {
      if (body == null) {
        continue;
      }
      Optional<String> code = anywhere.single(body);
      if (code.isPresent()) {
        return provinceOf(names, code.get());
      }
    }
    Matcher named = PROVINCE_NAMED.matcher(String.join(" ", lines.subList(0, Math.min(lines.size(), 15))));
    while (named.find()) {
      Optional<String> code = anywhere.single(named.group());
      if (code.isPresent()) {
        return code.get();
      }
    }
    if (header.place != null) {
      Optional<String> byPlace = anywhere.single("UBND tỉnh " + header.place).or(() -> anywhere.single("UBND thành phố " + header.place));
      if (byPlace.isPresent()) {
        return byPlace.get();
      }
    }
    return null;
  }

  /** The province an organisation belongs to: the nearest of itself and its ancestors named "UBND tỉnh/thành phố …". */
  private static String provinceOf(OrganizationNames names, String code) {
    for (Optional<OrganizationNames.Entry> entry = names.find(code); entry.isPresent();
        entry = entry.get().parentCode() == null ? Optional.empty() : names.find(entry.get().parentCode())) {
      if (DocumentLines.folded(entry.get().name()).matches("^ubnd (?:tỉnh|thành phố) .*")) {
        return entry.get().code();
      }
    }
    return code;
  }

  /**
   * The documents cited before the first section: "Căn cứ …" paragraphs are the basis, "Thực hiện …"
   * paragraphs and the title's "thực hiện …" the documents implemented; each document once, in the
   * order first cited, "thực hiện" winning over "căn cứ".
   */
  private static List<Basis> basis(HeaderBlock header, List<DocumentLines.Paragraph> body) {
    Map<String, Basis> cited = new LinkedHashMap<>();
    if (header.title != null) {
      Matcher implementing = TITLE_IMPLEMENTS.matcher(header.title);
      if (implementing.find()) {
        cite(header.title.substring(implementing.start()), Relation.IMPLEMENTS, header.numberSymbol, cited);
      }
    }
    for (DocumentLines.Paragraph paragraph : body) {
      String text = paragraph.text();
      if (FIRST_SECTION.matcher(text).find()) {
        break;
      }
      // Only the clause's own sentence: the next may tell the story of other documents.
      String clause = SENTENCE_END.split(text)[0];
      if (BASED_ON.matcher(clause).find()) {
        cite(clause, Relation.BASED_ON, header.numberSymbol, cited);
      } else if (IMPLEMENTS.matcher(clause).find()) {
        cite(clause, Relation.IMPLEMENTS, header.numberSymbol, cited);
      }
    }
    return List.copyOf(cited.values());
  }

  private static void cite(String text, Relation relation, String ownNumber, Map<String, Basis> cited) {
    Matcher citation = CITATION.matcher(text);
    while (citation.find()) {
      String number = citation.group(2).replaceAll("\\s+", "");
      String key = number.toUpperCase();
      if (ownNumber != null && key.equals(ownNumber.toUpperCase())) {
        continue;
      }
      String after = text.substring(citation.end());
      Matcher dated = Pattern.compile("^\\s*,?\\s*(?:ban hành\\s+)?ngày\\s*(?:" + VietnameseDates.DATE.pattern() + ")", FLAGS).matcher(after);
      LocalDate date = null;
      if (dated.find()) {
        date = VietnameseDates.of(dated).orElse(null);
        after = after.substring(dated.end());
      }
      Matcher by = CITED_BY.matcher(after);
      String issuer = by.find() ? by.group(1).strip() : null;
      if (issuer != null && issuer.split("\\s+").length > 16) {
        issuer = null;
      }
      Basis found = new Basis(number, sentenceCase(citation.group(1)), issuer, date, relation, text);
      Basis earlier = cited.get(key);
      if (earlier == null) {
        cited.put(key, found);
      } else if (DocumentLines.isCapitals(earlier.source()) && !DocumentLines.isCapitals(text)) {
        // A title in capitals cites it as "34/2014/QĐ-TTG … THỦ TƯỚNG CHÍNHPHỦ": the sentence's spelling is the one to keep,
        // unless the title names the issuer more fully ("BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG" for "Ban Bí thư").
        Relation kept = stronger(earlier.relation(), relation);
        String fuller = issuer == null || earlier.issuer() != null && letters(earlier.issuer()) > letters(issuer) ? earlier.issuer() : issuer;
        cited.put(key, new Basis(found.numberSymbol(), found.documentType(), fuller,
            date != null ? date : earlier.date(), kept, kept == relation ? text : earlier.source() + "\n" + text));
      } else if (earlier.relation() == Relation.BASED_ON && relation == Relation.IMPLEMENTS) {
        cited.put(key, new Basis(earlier.numberSymbol(), earlier.documentType(), earlier.issuer() != null ? earlier.issuer() : issuer,
            earlier.date() != null ? earlier.date() : date, Relation.IMPLEMENTS, earlier.source()));
      }
    }
  }

  private static int letters(String text) {
    return text.replaceAll("[^\\p{L}]", "").length();
  }

  /** "Thực hiện" wins over "căn cứ": the plan implements what it also names as its basis. */
  private static Relation stronger(Relation a, Relation b) {
    return a == Relation.IMPLEMENTS || b == Relation.IMPLEMENTS ? Relation.IMPLEMENTS : Relation.BASED_ON;
  }

  private static String sentenceCase(String type) {
    String lower = type.toLowerCase();
    return lower.substring(0, 1).toUpperCase() + lower.substring(1);
  }

  /**
   * Every sentence of the body that obliges someone to report, read with the subject of its section
   * ("1. Các đơn vị trong ngành" over "- … định kỳ trước ngày 05/11 hàng năm báo cáo Sở Y tế").
   */
  private static List<Reporting> reporting(List<DocumentLines.Paragraph> body, OrganizationPhrases phrases) {
    List<Reporting> reporting = new ArrayList<>();
    String subject = null;
    ReportingPhrases.Addressee addressee = null;
    for (DocumentLines.Paragraph paragraph : body) {
      String text = paragraph.text();
      if (RECIPIENTS_START.matcher(text).find()) {
        break;
      }
      if (!LIST_ITEM.matcher(text).find()) {
        addressee = null;
      }
      // "… báo cáo UBND tỉnh (qua Sở Nội vụ) như sau:" — the reports listed below go there.
      ReportingPhrases.Addressee leadIn = text.endsWith(":") ? ReportingPhrases.addressee(text).orElse(null) : null;
      Matcher heading = HEADING.matcher(text);
      if (heading.matches() && text.length() <= 160 && !ReportingPhrases.isObligation(text) && !DocumentLines.endsSentence(text.replaceAll(":$", ""))) {
        String headingText = heading.group(1).replaceAll("[:.]$", "");
        // A numbered lead-in names its reporters before its verb: "1. Các sở, ngành báo cáo UBND tỉnh như sau:".
        List<String> named = leadIn != null ? ReportingPhrases.reporters(headingText, null) : ReportingPhrases.organizationList(headingText);
        subject = named.isEmpty() ? (ROMAN_HEADING.matcher(text).find() ? null : subject) : leadIn != null ? String.join(", ", named) : headingText;
        if (!named.isEmpty() || ROMAN_HEADING.matcher(text).find()) {
          addressee = leadIn;
          continue;
        }
      }
      String asked = null;
      for (String sentence : SENTENCE_END.split(text)) {
        if (ReportingPhrases.isObligation(sentence)) {
          reporting.addAll(ReportingPhrases.read(sentence.strip(), asked != null ? asked : subject, addressee, phrases));
        }
        List<String> askedHere = ReportingPhrases.asked(sentence);
        asked = askedHere.isEmpty() ? asked : String.join(", ", askedHere);
      }
      if (text.endsWith(":")) {
        // "… yêu cầu BHXH các tỉnh, thành phố thực hiện như sau:", "Các sở, ngành báo cáo UBND tỉnh như sau:" — the items below are theirs.
        addressee = leadIn;
        List<String> leadReporters = leadIn == null ? List.of() : ReportingPhrases.reporters(text, null);
        subject = asked != null ? asked : leadReporters.isEmpty() ? subject : String.join(", ", leadReporters);
      }
    }
    return reporting;
  }

  /** The rows of every table in the text that has a task table's header. */
  private static List<TaskRow> tasks(DocumentLines document) {
    List<TaskRow> tasks = new ArrayList<>();
    for (DocumentLines.Table table : document.tables()) {
      try {
        for (TaskRow row : TaskTableFile.rows(table.rows())) {
          List<String> cooperators = row.cooperators().stream().flatMap(cell -> agencies(cell).stream()).toList();
          tasks.add(new TaskRow(row.number(), row.content(), row.lead(), cooperators, row.product(), row.timeFrame(), row.note()));
        }
      } catch (InvalidSubmissionException notATaskTable) {
        // Another kind of table (targets, a list of units): not read as tasks.
      }
    }
    return tasks;
  }

  /** A cell naming several agencies: one per line, or separated by ";" or between names by "," and "và". */
  private static List<String> agencies(String cell) {
    List<String> agencies = new ArrayList<>();
    for (String part : cell.split("[;\\n]+")) {
      if (part.isBlank()) {
        continue;
      }
      List<String> named = ReportingPhrases.organizationList(part);
      agencies.addAll(named.isEmpty() ? List.of(part.strip()) : named);
    }
    return agencies;
  }
}
