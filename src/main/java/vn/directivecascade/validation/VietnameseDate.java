package vn.directivecascade.validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as Vietnamese administration writes it, in every message a person reads and on our pages'
 * date fields: 15/01/2027. What is typed is taken only as the day it names; 31/02 is refused, never
 * rolled over into March (the same rules as the Tasklist forms' dates.js, which check on the spot).
 */
public final class VietnameseDate {

  public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Pattern TYPED = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");

  private VietnameseDate() {
  }

  public static String of(LocalDate date) {
    return date.format(FORMAT);
  }

  /**
   * The day typed as ngày/tháng/năm ("15/01/2027", "5/1/2027").
   *
   * @throws IllegalArgumentException saying, in Vietnamese, why it is no day
   */
  public static LocalDate parse(String typed) {
    String text = typed.strip();
    Matcher match = TYPED.matcher(text);
    if (!match.matches()) {
      throw new IllegalArgumentException("'" + text + "' không phải ngày: cần ngày/tháng/năm, ví dụ 15/01/2027");
    }
    int day = Integer.parseInt(match.group(1));
    int month = Integer.parseInt(match.group(2));
    int year = Integer.parseInt(match.group(3));
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("'" + text + "': không có tháng " + month + " (tháng từ 1 đến 12, viết ngày trước, tháng sau)");
    }
    int days = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > days) {
      throw new IllegalArgumentException("'" + text + "': tháng " + month + " năm " + year + " không có ngày " + day
          + " (chỉ có " + days + " ngày)");
    }
    return LocalDate.of(year, month, day);
  }
}
