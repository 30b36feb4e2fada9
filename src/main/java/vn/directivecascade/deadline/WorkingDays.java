package vn.directivecascade.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.stereotype.Component;

/** Working days by the configured weekend and public holidays. */
@Component
public class WorkingDays {

  /** Why a day is not a working day. */
  public enum DayOff { WEEKEND, PUBLIC_HOLIDAY }

  private final DeadlineProperties.WorkingDays settings;

  public WorkingDays(DeadlineProperties properties) {
    this.settings = properties.workingDays();
  }

  /** Null for a working day, otherwise why it is not one. */
  public DayOff dayOff(LocalDate day) {
    if (settings.holidays().contains(day) || settings.yearlyHolidays().contains(MonthDay.from(day))) {
      return DayOff.PUBLIC_HOLIDAY;
    }
    return settings.weekend().contains(day.getDayOfWeek()) ? DayOff.WEEKEND : null;
  }

  public boolean isWorkingDay(LocalDate day) {
    return dayOff(day) == null;
  }

  /** The first working day strictly after {@code day}. */
  public LocalDate nextWorkingDayAfter(LocalDate day) {
    return plusWorkingDays(day, 1);
  }

  /** The working day {@code count} working days after {@code day}. */
  public LocalDate plusWorkingDays(LocalDate day, int count) {
    LocalDate current = day;
    for (int found = 0; found < count; ) {
      current = current.plusDays(1);
      if (isWorkingDay(current)) {
        found++;
      }
    }
    return current;
  }

  /** The working day {@code count} working days before {@code day}. */
  public LocalDate minusWorkingDays(LocalDate day, int count) {
    LocalDate current = day;
    for (int found = 0; found < count; ) {
      current = current.minusDays(1);
      if (isWorkingDay(current)) {
        found++;
      }
    }
    return current;
  }

  /** Working days strictly after {@code from} up to and including {@code to}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
