package vn.directivecascade.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Deadline settings ({@code directive-cascade.*}); every deadline is in {@link #zone()}. */
@ConfigurationProperties("directive-cascade")
public record DeadlineProperties(
    @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
    @DefaultValue Drafting drafting,
    @DefaultValue Reporting reporting,
    @DefaultValue Tasks tasks,
    @DefaultValue WorkingDays workingDays) {

  /** Drafting deadline given to an organisation that must make its plan. */
  public record Drafting(
      @DefaultValue("30") int defaultDays,
      @DefaultValue("3") int reminderDaysBefore) {
  }

  /** Reporting periods: when a window opens, when reporters are reminded, the consolidators' lead. */
  public record Reporting(
      @DefaultValue("14") int windowOpensDaysBefore,
      @DefaultValue("3") int reminderDaysBefore,
      @DefaultValue("5") int consolidationWorkingDays,
      @DefaultValue("3") int dueSoonDays) {
  }

  /** A plan's tasks: when cooperating agencies' contributions are due, reminders, the due-soon window. */
  public record Tasks(
      @DefaultValue("5") int contributionWorkingDaysBefore,
      @DefaultValue("3") int reminderDaysBefore,
      @DefaultValue("3") int dueSoonDays) {
  }

  /**
   * Which days are working days: configured, not hard-coded, because public holidays (Tết, Giỗ Tổ
   * Hùng Vương) follow the lunar calendar and are announced each year.
   */
  public record WorkingDays(
      @DefaultValue({"SATURDAY", "SUNDAY"}) Set<DayOfWeek> weekend,
      @DefaultValue({"--01-01", "--04-30", "--05-01", "--09-02"}) List<MonthDay> yearlyHolidays,
      @DefaultValue({}) List<LocalDate> holidays) {
  }
}
