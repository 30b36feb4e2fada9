package vn.directivecascade.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Turns a deadline day into the instants the engine needs, in Vietnam's time zone: something due
 * on a day is due by the end of that day, and a reminder goes out at the start of the working day.
 */
final class DeadlineInstants {

  static final LocalTime START_OF_WORKING_DAY = LocalTime.of(8, 0);

  private DeadlineInstants() {
  }

  static Date endOf(LocalDate day, ZoneId zone) {
    return Date.from(day.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant());
  }

  /** Today in Vietnam on the engine clock, which tests move. */
  static LocalDate today(ZoneId zone) {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
  }

  static Date startOfWorkingDay(LocalDate day, ZoneId zone) {
    return Date.from(day.atTime(START_OF_WORKING_DAY).atZone(zone).toInstant());
  }
}
