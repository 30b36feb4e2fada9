package vn.directivecascade.board;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.directivecascade.deadline.WorkingDays;
import vn.directivecascade.organization.OrganizationLevel;
import vn.directivecascade.reporting.ReportStatus;

/**
 * The board's labels from the message bundles, for pages and exports alike: statuses, periods,
 * organisation levels, deadlines on a day off.
 */
@Component
class BoardMessages {

  private final MessageSource messages;

  BoardMessages(MessageSource messages) {
    this.messages = messages;
  }

  String get(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  String status(ReportStatus status, Locale locale) {
    return get(ReportStatuses.messageKey(status), locale);
  }

  String level(OrganizationLevel level, Locale locale) {
    return get("board.reporting.level." + kebab(level), locale);
  }

  /** A section's heading by its period kind, e.g. "Báo cáo năm". */
  String periodKind(String kind, Locale locale) {
    return get("board.reporting.kind." + kebab(kind), locale);
  }

  /** A period by its key ({@code 2025-QUARTERLY-3}): "Quý 3/2025", "Q3 2025". */
  String period(String periodKey, Locale locale) {
    String[] parts = periodKey.split("-");
    return get("board.reporting.period." + kebab(parts[1]), locale, parts[0], parts[2]); // strings: no "2,025"
  }

  String dayOff(WorkingDays.DayOff dayOff, Locale locale) {
    return dayOff == null ? null : get("board.reporting.dayOff." + kebab(dayOff), locale);
  }

  static String kebab(Object constant) {
    return constant.toString().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
