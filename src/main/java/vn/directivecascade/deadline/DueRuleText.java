package vn.directivecascade.deadline;

import java.time.DateTimeException;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a due-date rule as a drafter writes it, in the words of the plans: "05/11" (each year),
 * "20/06, 20/12" (one per period), "tháng 12" (in December), "ngày 20" (each month), or nothing
 * (the default for plans that name no date).
 */
public final class DueRuleText {

  private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
  private static final Pattern IN_MONTH = Pattern.compile("tháng\\s*(\\d{1,2})", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_OF_MONTH = Pattern.compile("ngày\\s*(\\d{1,2})", Pattern.CASE_INSENSITIVE);

  private DueRuleText() {
  }

  /** @throws IllegalArgumentException with a message for the drafter */
  public static DueRule parse(String text) {
    if (text == null || text.isBlank()) {
      return new DueRule.DecreeDefault();
    }
    String trimmed = text.strip();
    Matcher inMonth = IN_MONTH.matcher(trimmed);
    if (inMonth.matches()) {
      return new DueRule.InMonth(month(Integer.parseInt(inMonth.group(1)), trimmed));
    }
    Matcher dayOfMonth = DAY_OF_MONTH.matcher(trimmed);
    if (dayOfMonth.matches()) {
      int day = Integer.parseInt(dayOfMonth.group(1));
      if (day < 1 || day > 31) {
        throw new IllegalArgumentException("ngày không hợp lệ: '" + trimmed + "'");
      }
      return new DueRule.DayOfMonth(day);
    }
    List<MonthDay> dates = new ArrayList<>();
    for (String part : trimmed.split("[,;]")) {
      Matcher dayMonth = DAY_MONTH.matcher(part.strip());
      if (!dayMonth.matches()) {
        throw new IllegalArgumentException("không hiểu hạn '" + part.strip()
            + "': viết ngày/tháng (05/11; 20/06, 20/12), 'tháng 12' hoặc 'ngày 20'");
      }
      int month = Integer.parseInt(dayMonth.group(2));
      try {
        dates.add(MonthDay.of(month(month, part), Integer.parseInt(dayMonth.group(1))));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("ngày không hợp lệ: '" + part.strip() + "'");
      }
    }
    return new DueRule.FixedDates(dates);
  }

  private static Month month(int month, String text) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("tháng không hợp lệ: '" + text.strip() + "'");
    }
    return Month.of(month);
  }
}
