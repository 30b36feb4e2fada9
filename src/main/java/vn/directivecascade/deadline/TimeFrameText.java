package vn.directivecascade.deadline;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a task's time frame in the words of the plans' appendices: "30/9/2020", "trước ngày
 * 30/9/2020", "năm 2020", "Năm 2021, trước 30/6", "hằng năm" / "hàng năm", "Hằng năm, trước ngày
 * 15/12", "giai đoạn 2021-2025", "Giai đoạn 2021-2025 và hằng năm". Each part is read, and what is
 * left must be only joining words, so a frame the system would misread is refused instead.
 */
public final class TimeFrameText {

  private static final Pattern FULL_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern PERIOD = Pattern.compile("giai đoạn (\\d{4})\\s*[-–—]\\s*(\\d{4})");
  private static final Pattern YEARLY = Pattern.compile("(?:định kỳ )?hằng năm");
  private static final Pattern YEAR = Pattern.compile("(?:trong )?năm (\\d{4})");
  private static final Pattern DAY_MONTH = Pattern.compile("(?:trước|chậm nhất|vào|hạn)(?: ngày)? (\\d{1,2})/(\\d{1,2})");
  /** What may remain between the parts. */
  private static final Pattern JOINING_WORDS = Pattern.compile("(?:[\\s,;.()]|và|trước|ngày|hạn|chậm nhất|thực hiện)*");

  private TimeFrameText() {
  }

  /** @throws IllegalArgumentException with a message for the drafter */
  public static TimeFrame parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("thiếu thời gian thực hiện");
    }
    StringBuilder rest = new StringBuilder(normalized(text));
    Matcher fullDate = find(FULL_DATE, rest);
    Matcher period = find(PERIOD, rest);
    boolean yearly = find(YEARLY, rest) != null;
    Matcher year = find(YEAR, rest);
    Matcher dayMonth = find(DAY_MONTH, rest);
    if (!JOINING_WORDS.matcher(rest).matches()) {
      throw unreadable(text);
    }
    LocalDate date = fullDate == null ? null : date(fullDate, text);
    MonthDay due = dayMonth == null ? TimeFrame.END_OF_YEAR : monthDay(dayMonth, text);
    if (date != null) {
      if (period != null || yearly || year != null || dayMonth != null) {
        throw unreadable(text);
      }
      return new TimeFrame.Deadline(date);
    }
    if (period != null) {
      int from = Integer.parseInt(period.group(1));
      int to = Integer.parseInt(period.group(2));
      if (year != null || from > to || to - from > 20) {
        throw new IllegalArgumentException("giai đoạn không hợp lệ: '" + text.strip() + "'");
      }
      return new TimeFrame.Period(from, to, due);
    }
    if (yearly && year == null) {
      return new TimeFrame.Yearly(due);
    }
    if (year != null && !yearly) {
      return new TimeFrame.InYear(Integer.parseInt(year.group(1)), due);
    }
    throw unreadable(text);
  }

  /** Lower case, one space between words, "hàng năm" spelled as the plans mostly spell it. */
  private static String normalized(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ").replace("hàng năm", "hằng năm").strip();
  }

  /** The first match, cut out of {@code rest} so only what no part matched is left. */
  private static Matcher find(Pattern pattern, StringBuilder rest) {
    Matcher matcher = pattern.matcher(rest);
    if (!matcher.find()) {
      return null;
    }
    Matcher found = pattern.matcher(rest.substring(matcher.start(), matcher.end()));
    found.matches();
    rest.replace(matcher.start(), matcher.end(), " ");
    return found;
  }

  private static LocalDate date(Matcher matcher, String text) {
    try {
      return LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("ngày không hợp lệ: '" + text.strip() + "'");
    }
  }

  private static MonthDay monthDay(Matcher matcher, String text) {
    try {
      return MonthDay.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("ngày không hợp lệ: '" + text.strip() + "'");
    }
  }

  private static IllegalArgumentException unreadable(String text) {
    return new IllegalArgumentException("không hiểu thời gian '" + text.strip()
        + "': viết một ngày (30/9/2020), 'năm 2020', 'hằng năm' hoặc 'giai đoạn 2021-2025', có thể kèm 'trước ngày 15/12'");
  }
}
