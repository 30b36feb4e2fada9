package vn.directivecascade.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.directivecascade.reading.DocumentReading.Period;
import vn.directivecascade.reading.DocumentReading.Reporting;

/**
 * The grammar of reporting obligations: who reports to whom (via whom), for which period and by when,
 * as plans write it — "định kỳ trước ngày 05/11 hằng năm báo cáo Sở Y tế (qua phòng Tổ chức cán bộ)",
 * "báo cáo 06 tháng (trước ngày 20/6) và báo cáo 01 năm (trước ngày 20/12)", "vào tháng 12 hằng năm",
 * "trước ngày 20 của tháng cuối quý", "trước ngày 25 hằng tháng", a one-off "trước ngày 15/5/2021".
 * A sentence is read as a row of period words and deadlines; each deadline belongs to the period word
 * right before it, or else right after it.
 */
final class ReportingPhrases {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final String BY = "(?:trước|chậm nhất(?:\\s+là)?|hạn chót(?:\\s+là)?|không muộn hơn|không quá)\\s*"
      + "(?:\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}(?:\\s*phút)?)?\\s*,?\\s*)?(?:ngày\\s*)?";
  private static final String YEARLY = "(?:hằng|hàng|mỗi)\\s+năm";

  /** Deadlines; each pattern's groups are read by {@link Deadline#of}. */
  private enum DeadlineForm {
    ONE_OFF(BY + "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})|" + BY + "(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*,?\\s*năm\\s+(\\d{4})"),
    QUARTER_DAY(BY + "(\\d{1,2})\\s+(?:của\\s+)?tháng\\s+cuối(?:\\s+cùng)?\\s+(?:của\\s+)?(?:mỗi\\s+|các\\s+)?quý"),
    MONTH_DAY("(?:" + BY + "|vào\\s+ngày\\s+)(\\d{1,2})\\s+(?:(?:của\\s+)?(?:hằng|hàng|mỗi)\\s+tháng|tháng\\s+(?:sau|kế tiếp)"
        + "|của\\s+tháng(?![\\p{L}\\d]|\\s+(?:cuối|đầu|\\d)))"),
    DAY_MONTH(BY + "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?![\\d]|\\s*[/.-]\\s*\\d)|" + BY + "(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?!\\d|\\s*,?\\s*năm\\s+\\d)"),
    IN_MONTH("(?:vào|trong)\\s+tháng\\s+(\\d{1,2})(?!\\d|\\s*[/.-]\\s*\\d|\\s*,?\\s*năm\\s+\\d)");

    private final Pattern pattern;

    DeadlineForm(String regex) {
      this.pattern = Pattern.compile(regex, FLAGS);
    }
  }

  /** Period words. */
  private enum PeriodWord {
    SEMIANNUAL(Period.semiannual, "(?:(?:hằng|hàng|mỗi|định kỳ)\\s+)?(?:06|6|sáu)\\s+tháng|nửa năm"),
    ANNUAL(Period.annual, YEARLY + "|(?:báo cáo|tổng kết)\\s+(?:(?:01|1|một)\\s+)?năm(?!\\s*\\d)|(?:01|1|một)\\s+năm(?!\\s*\\d)|cả\\s+năm"
        // "năm" alone in a list of periods: "hàng quý, 6 tháng, năm và đột xuất"
        + "|(?<=,\\s)năm(?=\\s+và\\s|\\s*,)|(?<=(?:tháng|quý),\\s)năm(?![\\p{L}\\d])"),
    QUARTERLY(Period.quarterly, "(?:hằng|hàng|mỗi)\\s+quý|(?:định kỳ|báo cáo|theo)\\s+quý|tháng\\s+cuối(?:\\s+cùng)?\\s+(?:của\\s+)?(?:mỗi\\s+)?quý"),
    MONTHLY(Period.monthly, "(?:hằng|hàng|mỗi)\\s+tháng|(?:định kỳ|báo cáo)\\s+tháng(?!\\s*\\d)"),
    OTHER(Period.other, "đột xuất|khi có yêu cầu|theo yêu cầu|(?:hằng|hàng|mỗi)\\s+tuần");

    private final Period period;
    private final Pattern pattern;

    PeriodWord(Period period, String regex) {
      this.period = period;
      this.pattern = Pattern.compile("(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}])", FLAGS);
    }
  }

  private static final Pattern REPORTING = Pattern.compile("báo cáo", FLAGS);
  /** A sentence telling what was done ("đã có Công văn … quy định báo cáo hằng tháng") obliges no one now. */
  private static final Pattern PAST = Pattern.compile("(?:đã|vừa)\\s+(?:có|ban hành|gửi|yêu cầu|đề nghị|quy định)(?![\\p{L}])", FLAGS);
  /** Who is asked to do what follows: "đề nghị UBND các tỉnh …", "giao các sở, ngành …", "yêu cầu BHXH các tỉnh …". */
  private static final Pattern ASKED = Pattern.compile("(?:đề nghị|yêu cầu|giao)\\s+(?=" + "\\p{Lu}|các\\s)", FLAGS);
  private static final Pattern MORE_DAY_MONTH = Pattern.compile("^\\)?\\s*(?:và|,)\\s*(?:trước\\s+)?(?:ngày\\s*)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/])", FLAGS);

  /** Where organisation names start, as documents write them. */
  static final String ORGANIZATION_HEAD = "(?:UBND|HĐND|Ủy ban|Uỷ ban|Sở|Ban|Bộ|Thủ tướng|Chính phủ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ"
      + "|Văn phòng|Phòng|phòng|Hội đồng|Tổng|Công đoàn|Cục|Chi cục|Trung tâm|Thường trực|Liên đoàn|LĐLĐ|Đảng ủy|Đảng uỷ|Đảng đoàn|Bệnh viện"
      + "|Hội|Đoàn|Công an|Bộ Chỉ huy|Kho bạc|Ngân hàng|Thanh tra|Viện|Trường|BHXH|Bảo hiểm|Vụ|Chủ tịch|Giám đốc|Các|các)";
  private static final String NAME_END = "(?=\\s*(?:\\(|\\)|,(?!" + OrganizationPhrases.INSIDE_NAME + ")|;|\\.(?:\\s|$)|:|$)"
      + "|\\s+(?:để|trước|qua|theo|định kỳ|chậm nhất|vào|trong|hằng|hàng|mỗi|và báo cáo|về việc|về kết quả|đúng|"
      + "kết quả|tình hình|trên cơ sở|cùng|đồng thời|báo cáo)(?![\\p{L}]))";
  private static final Pattern RECIPIENT = Pattern.compile(
      "(?:báo cáo|gửi|trình)(?:\\s+(?:kết quả|tình hình|tiến độ|việc)[^,;()]*?)?\\s+(?:về|cho|gửi|lên|tới|đến)?\\s*(?:về\\s+)?(" + ORGANIZATION_HEAD
          + "\\s[^;()]*?)" + NAME_END, Pattern.UNICODE_CHARACTER_CLASS);
  /** The recipient after the periods: "báo cáo sáu tháng (…) và báo cáo năm (…) về LĐLĐ tỉnh". */
  private static final Pattern RECIPIENT_AFTER = Pattern.compile("(?<![\\p{L}])(?:về|lên|cho)\\s+(" + ORGANIZATION_HEAD + "\\s[^;()]*?)" + NAME_END,
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern VIA = Pattern.compile("(?<![\\p{L}])qua\\s+(" + ORGANIZATION_HEAD + "\\s[^;()]*?)" + NAME_END,
      Pattern.UNICODE_CHARACTER_CLASS);
  /** Where the subject of a sentence ends: its verb. */
  private static final Pattern SUBJECT_END = Pattern.compile(
      "\\s*(?:,\\s*)?(?:(?:có trách nhiệm|chịu trách nhiệm|chủ trì|chủ động|theo dõi|thực hiện|xây dựng|tổ chức|triển khai|tổng hợp|định kỳ|"
          + "báo cáo|gửi|căn cứ|hằng|hàng|mỗi|trước ngày|chỉ đạo|phối hợp|hướng dẫn|đôn đốc|kiểm tra)(?![\\p{L}])|$)", FLAGS);
  private static final Pattern LEADING_WORDS = Pattern.compile(
      "^(?:[-+•–*]\\s*|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s*|[a-zđ][.)]\\s*)*(?:(?:giao|đề nghị|yêu cầu|đối với)\\s+)?", FLAGS);

  private record Deadline(int start, int end, DeadlineForm form, List<String> dayMonths, Integer month, Integer day, LocalDate date) {
  }

  private record PeriodMention(int start, int end, Period period) {
  }

  private ReportingPhrases() {
  }

  /** Whether a sentence states a reporting obligation at all. */
  static boolean isObligation(String sentence) {
    return REPORTING.matcher(sentence).find() && !PAST.matcher(sentence).find()
        && (!periods(sentence).isEmpty() || !deadlines(sentence).isEmpty());
  }

  /** Whom the reports of a list go to, as the sentence leading into the list says it. */
  record Addressee(String recipient, String via) {
  }

  /**
   * Whom a sentence leading into a list says the reports go to: "… báo cáo gửi UBND tỉnh (thông qua
   * Sở Nội vụ) cụ thể như sau:"; empty when it names no recipient.
   */
  static Optional<Addressee> addressee(String sentence) {
    if (!REPORTING.matcher(sentence).find()) {
      return Optional.empty();
    }
    return recipient(sentence).map(recipient -> new Addressee(recipient, via(sentence, recipient).orElse(null)));
  }

  /**
   * The obligations one sentence states, in order.
   *
   * @param subject who the sentence is about when it names no reporter itself (the heading of its section)
   * @param addressee whom the reports go to when the sentence names no recipient itself (the list's lead-in); null: none
   */
  static List<Reporting> read(String sentence, String subject, Addressee addressee, OrganizationPhrases organizations) {
    List<PeriodMention> periods = periods(sentence);
    List<Deadline> deadlines = deadlines(sentence);
    List<Obligation> obligations = new ArrayList<>();
    List<PeriodMention> dated = new ArrayList<>();
    for (Deadline deadline : deadlines) {
      List<PeriodMention> undated = periods.stream().filter(mention -> !dated.contains(mention)).toList();
      if (deadline.form() == DeadlineForm.DAY_MONTH && deadline.dayMonths().size() > 1 && deadline.dayMonths().size() == undated.size()
          && periods.stream().map(PeriodMention::period).distinct().count() == undated.size()
          && undated.stream().allMatch(mention -> mention.end() <= deadline.start())) {
        // "định kỳ 6 tháng, năm … trước ngày 15/6 và 15/12": one date per period, in order.
        for (int index = 0; index < undated.size(); index++) {
          Deadline one = new Deadline(deadline.start(), deadline.end(), deadline.form(), List.of(deadline.dayMonths().get(index)), null, null, null);
          add(obligations, new Obligation(undated.get(index).start(), undated.get(index).period(), one));
          dated.add(undated.get(index));
        }
        continue;
      }
      Period fixed = switch (deadline.form()) {
        case ONE_OFF -> Period.once;
        case QUARTER_DAY -> Period.quarterly;
        case MONTH_DAY -> Period.monthly;
        default -> null;
      };
      Period period = fixed != null ? fixed : nearestPeriod(sentence, deadline, periods, dated).map(PeriodMention::period)
          .orElse(Period.other);
      add(obligations, new Obligation(deadline.start(), period, deadline));
      // "… 6 tháng trước ngày 15/6 và 15/12 hằng năm": the year word says when the dates recur, it is no report of its own.
      periods.stream().filter(mention -> mention.period() == Period.annual && period != Period.annual && mention.start() >= deadline.end()
          && gap(sentence, deadline.end(), mention.start()) == 0).findFirst().ifPresent(dated::add);
    }
    for (PeriodMention mention : periods) {
      if (!dated.contains(mention)) {
        add(obligations, new Obligation(mention.start(), mention.period(), null));
      }
    }
    if (obligations.isEmpty()) {
      obligations.add(new Obligation(0, Period.other, null));
    }
    obligations.sort(Comparator.comparingInt(Obligation::position));
    Optional<String> named = recipient(sentence);
    String recipient = named.orElse(addressee == null ? null : addressee.recipient());
    String via = named.isPresent() ? via(sentence, recipient).orElse(null)
        : group(VIA, sentence).orElse(addressee == null ? null : addressee.via());
    List<String> reporters = reporters(sentence, subject);
    List<String> reporterCodes = reporters.stream().flatMap(reporter -> organizations.codes(reporter).stream()).distinct().sorted().toList();
    String recipientCode = recipient == null ? null : organizations.single(recipient).orElse(null);
    String viaCode = via == null ? null : organizations.single(via).orElse(null);
    return obligations.stream().map(obligation -> new Reporting(reporters, reporterCodes, recipient, recipientCode, via, viaCode,
        obligation.period(), obligation.dayMonths(), obligation.month(), obligation.day(), obligation.date(), sentence)).toList();
  }

  /** An obligation being read: several deadlines of one period kind are one obligation with several dates. */
  private static final class Obligation {
    private final int position;
    private final Period period;
    private final List<String> dayMonths = new ArrayList<>();
    private Integer month;
    private Integer day;
    private LocalDate date;

    Obligation(int position, Period period, Deadline deadline) {
      this.position = position;
      this.period = period;
      if (deadline != null) {
        take(deadline);
      }
    }

    void take(Deadline deadline) {
      deadline.dayMonths().stream().filter(dayMonth -> !dayMonths.contains(dayMonth)).forEach(dayMonths::add);
      month = month == null ? deadline.month() : month;
      day = day == null ? deadline.day() : day;
      date = date == null ? deadline.date() : date;
    }

    int position() {
      return position;
    }

    Period period() {
      return period;
    }

    List<String> dayMonths() {
      return List.copyOf(dayMonths);
    }

    Integer month() {
      return month;
    }

    Integer day() {
      return day;
    }

    LocalDate date() {
      return date;
    }
  }

  private static void add(List<Obligation> obligations, Obligation obligation) {
    // A one-off date is an obligation of its own; periods of one kind merge ("hằng năm … báo cáo năm trước 20/12").
    Optional<Obligation> same = obligation.period() == Period.once ? Optional.empty()
        : obligations.stream().filter(existing -> existing.period() == obligation.period()).findFirst();
    if (same.isPresent()) {
      Obligation existing = same.get();
      existing.dayMonths.addAll(obligation.dayMonths().stream().filter(dayMonth -> !existing.dayMonths.contains(dayMonth)).toList());
      existing.month = existing.month == null ? obligation.month() : existing.month;
      existing.day = existing.day == null ? obligation.day() : existing.day;
    } else {
      obligations.add(obligation);
    }
  }

  /**
   * The period word a deadline belongs to: the undated one just before it ("06 tháng (trước ngày
   * 20/6)"), else the one just after it ("trước ngày 05/11 hằng năm"), else the only one of the sentence.
   */
  private static Optional<PeriodMention> nearestPeriod(String sentence, Deadline deadline, List<PeriodMention> periods, List<PeriodMention> dated) {
    PeriodMention before = null;
    PeriodMention after = null;
    for (PeriodMention mention : periods) {
      if (mention.end() <= deadline.start() && gap(sentence, mention.end(), deadline.start()) <= 30 && !dated.contains(mention)) {
        before = mention;
      }
      if (after == null && mention.start() >= deadline.end() && gap(sentence, deadline.end(), mention.start()) <= 20) {
        after = mention;
      }
    }
    PeriodMention chosen = before != null ? before : after;
    if (chosen == null) {
      List<PeriodMention> undated = periods.stream().filter(mention -> !dated.contains(mention)).toList();
      chosen = undated.size() == 1 ? undated.get(0) : null;
    }
    if (chosen != null) {
      dated.add(chosen);
    }
    return Optional.ofNullable(chosen);
  }

  private static int gap(String sentence, int from, int to) {
    return sentence.substring(from, to).replaceAll("[\\s(),]", "").length();
  }

  private static List<PeriodMention> periods(String sentence) {
    List<PeriodMention> mentions = new ArrayList<>();
    for (PeriodWord word : PeriodWord.values()) {
      Matcher match = word.pattern.matcher(sentence);
      while (match.find()) {
        int start = match.start();
        boolean overlaps = mentions.stream().anyMatch(other -> start < other.end() && match.end() > other.start());
        if (!overlaps) {
          mentions.add(new PeriodMention(start, match.end(), word.period));
        }
      }
    }
    mentions.sort(Comparator.comparingInt(PeriodMention::start));
    return mentions;
  }

  private static List<Deadline> deadlines(String sentence) {
    List<Deadline> deadlines = new ArrayList<>();
    for (DeadlineForm form : DeadlineForm.values()) {
      Matcher match = form.pattern.matcher(sentence);
      while (match.find()) {
        int start = match.start();
        int end = match.end();
        if (deadlines.stream().anyMatch(other -> start < other.end() && end > other.start())) {
          continue;
        }
        Deadline deadline = deadline(form, match, sentence);
        if (deadline != null) {
          deadlines.add(deadline);
        }
      }
    }
    deadlines.sort(Comparator.comparingInt(Deadline::start));
    return deadlines;
  }

  private static Deadline deadline(DeadlineForm form, Matcher match, String sentence) {
    List<Integer> numbers = new ArrayList<>();
    for (int group = 1; group <= match.groupCount(); group++) {
      if (match.group(group) != null) {
        numbers.add(Integer.parseInt(match.group(group)));
      }
    }
    return switch (form) {
      case ONE_OFF -> VietnameseDates.of(numbers.get(0).toString(), numbers.get(1).toString(), numbers.get(2).toString())
          .map(date -> new Deadline(match.start(), match.end(), form, List.of(), null, null, date)).orElse(null);
      case QUARTER_DAY -> validDay(numbers.get(0)) ? new Deadline(match.start(), match.end(), form,
          List.of(dayMonth(numbers.get(0), 3), dayMonth(numbers.get(0), 6), dayMonth(numbers.get(0), 9), dayMonth(numbers.get(0), 12)),
          null, null, null) : null;
      case MONTH_DAY -> validDay(numbers.get(0)) ? new Deadline(match.start(), match.end(), form, List.of(), null, numbers.get(0), null) : null;
      case DAY_MONTH -> {
        if (!validDay(numbers.get(0)) || numbers.get(1) < 1 || numbers.get(1) > 12) {
          yield null;
        }
        List<String> dayMonths = new ArrayList<>(List.of(dayMonth(numbers.get(0), numbers.get(1))));
        int end = match.end();
        Matcher more = MORE_DAY_MONTH.matcher(sentence.substring(end));
        while (more.find()) {
          dayMonths.add(dayMonth(Integer.parseInt(more.group(1)), Integer.parseInt(more.group(2))));
          end += more.end();
          more = MORE_DAY_MONTH.matcher(sentence.substring(end));
        }
        yield new Deadline(match.start(), end, form, dayMonths, null, null, null);
      }
      case IN_MONTH -> numbers.get(0) >= 1 && numbers.get(0) <= 12
          ? new Deadline(match.start(), match.end(), form, List.of(), numbers.get(0), null, null) : null;
    };
  }

  private static boolean validDay(int day) {
    return day >= 1 && day <= 31;
  }

  private static String dayMonth(int day, int month) {
    return String.format("%02d/%02d", day, month);
  }

  private static Optional<String> recipient(String sentence) {
    return recipient(RECIPIENT.matcher(sentence), sentence).or(() -> {
      Matcher report = REPORTING.matcher(sentence);
      return report.find() ? recipient(RECIPIENT_AFTER.matcher(sentence).region(report.end(), sentence.length()), sentence) : Optional.empty();
    });
  }

  private static Optional<String> recipient(Matcher match, String sentence) {
    while (match.find()) {
      String name = tidyName(match.group(1));
      int start = match.start(1);
      boolean isVia = sentence.substring(Math.max(0, start - 4), start).strip().endsWith("qua");
      if (!isVia && !name.isEmpty() && !name.toLowerCase().startsWith("các ")) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** The agency a report goes via: "qua Sở Nội vụ", or an office in brackets after the recipient. */
  private static Optional<String> via(String sentence, String recipient) {
    return group(VIA, sentence).or(() -> office(sentence, recipient));
  }

  /** An office named in brackets after the recipient ("gửi về Bộ Y tế (Vụ Kế hoạch - Tài chính)") receives for it. */
  private static Optional<String> office(String sentence, String recipient) {
    Matcher office = Pattern.compile(Pattern.quote(recipient) + "\\s*\\((" + ORGANIZATION_HEAD + "\\s[^()]*)\\)", Pattern.UNICODE_CHARACTER_CLASS)
        .matcher(sentence);
    return office.find() ? Optional.of(tidyName(office.group(1))) : Optional.empty();
  }

  /** Who a sentence asks to act, if it asks someone ("Bộ Y tế đề nghị UBND các tỉnh … chỉ đạo …"). */
  static List<String> asked(String sentence) {
    Matcher asked = ASKED.matcher(sentence);
    if (!asked.find()) {
      return List.of();
    }
    String text = sentence.substring(asked.end());
    Matcher end = SUBJECT_END.matcher(text);
    return organizationList(end.find() ? text.substring(0, end.start()) : text);
  }

  /**
   * The reporters the sentence names before its verb, or whom it asks to act, or else {@code subject}:
   * those its paragraph or section is about.
   */
  static List<String> reporters(String sentence, String subject) {
    List<String> asked = asked(sentence);
    if (!asked.isEmpty()) {
      return asked;
    }
    String text = LEADING_WORDS.matcher(sentence).replaceFirst("");
    Matcher end = SUBJECT_END.matcher(text);
    String before = end.find() ? text.substring(0, end.start()) : text;
    List<String> named = organizationList(before);
    if (!named.isEmpty()) {
      return named;
    }
    return subject == null ? List.of() : organizationList(subject);
  }

  /**
   * Splits a list of organisations at ",", ";" and "và", keeping a piece that starts no name with the
   * one before ("Sở Văn hóa, Thể thao và Du lịch", "Liên đoàn Lao động các huyện, thành phố").
   */
  static List<String> organizationList(String text) {
    String cleaned = LEADING_WORDS.matcher(text.strip()).replaceFirst("").replaceAll("[,;:.\\s]+$", "").strip();
    if (!Pattern.compile("^" + ORGANIZATION_HEAD + "(?![\\p{L}])", Pattern.UNICODE_CHARACTER_CLASS).matcher(cleaned).find()) {
      return List.of();
    }
    Matcher separators = Pattern.compile("\\s*(?:[,;]|\\s+và\\s+)\\s*", Pattern.UNICODE_CHARACTER_CLASS).matcher(cleaned);
    Pattern head = Pattern.compile("^" + ORGANIZATION_HEAD + "(?![\\p{L}])", Pattern.UNICODE_CHARACTER_CLASS);
    List<String> items = new ArrayList<>();
    int from = 0;
    StringBuilder current = new StringBuilder();
    while (true) {
      boolean found = separators.find();
      int to = found ? separators.start() : cleaned.length();
      String piece = cleaned.substring(from, to);
      if (current.length() > 0 && head.matcher(piece).find()) {
        items.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(cleaned, separatorStart(cleaned, from), from);
      }
      current.append(piece);
      if (!found) {
        break;
      }
      from = separators.end();
    }
    if (current.length() > 0) {
      items.add(current.toString());
    }
    return items.stream().map(ReportingPhrases::tidyName).filter(item -> !item.isEmpty()).toList();
  }

  /** Where the separator before {@code from} starts. */
  private static int separatorStart(String text, int from) {
    int index = from;
    while (index > 0 && (Character.isWhitespace(text.charAt(index - 1)) || text.charAt(index - 1) == ',' || text.charAt(index - 1) == ';')) {
      index--;
    }
    if (text.substring(0, from).endsWith("và ")) {
      index = text.substring(0, from).lastIndexOf(" và") ;
    }
    return Math.max(0, index);
  }

  private static String tidyName(String name) {
    return name.replaceAll("\\s+", " ").replaceAll("^[\\s,;:(]+|[\\s,;:.)]+$", "").strip();
  }

  private static Optional<String> group(Pattern pattern, String text) {
    Matcher match = pattern.matcher(text);
    return match.find() ? Optional.of(tidyName(match.group(1))) : Optional.empty();
  }
}
