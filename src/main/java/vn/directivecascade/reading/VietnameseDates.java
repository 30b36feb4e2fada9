package vn.directivecascade.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as documents write them: "12/5/2020", "12-5-2020", "12.5.2020" and "ngày 22 tháng 6 năm 2020". */
final class VietnameseDates {

  /** A full date in either form; groups 1-3 numeric day, month, year, groups 4-6 spelled out. */
  static final Pattern DATE = Pattern.compile(
      "(?<!\\d)(\\d{1,2})\\s?[/.-]\\s?(\\d{1,2})\\s?[/.-]\\s?(\\d{4})(?!\\d)"
          + "|(?<!\\d)(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:,\\s*)?năm\\s+(\\d{4})(?!\\d)",
      Pattern.CASE_INSENSITIVE);

  private VietnameseDates() {
  }

  /** The date a {@link #DATE} match stands for; empty when it is no calendar date (31/2/2020). */
  static Optional<LocalDate> of(Matcher match) {
    int first = match.group(1) != null ? 1 : 4;
    return of(match.group(first), match.group(first + 1), match.group(first + 2));
  }

  static Optional<LocalDate> of(String day, String month, String year) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The first date at the very start of {@code text} (after "ngày"), if any. */
  static Optional<LocalDate> leading(String text) {
    Matcher match = Pattern.compile("^[,\\s]*(?:ngày\\s*)?(?:" + DATE.pattern() + ")", Pattern.CASE_INSENSITIVE).matcher(text);
    return match.find() ? of(match) : Optional.empty();
  }
}
