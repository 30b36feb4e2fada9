package vn.directivecascade.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Dates of a plan task's cycle, for the plan-task and plan-task-schedule processes' timers and
 * task due and follow-up dates (ISO dates in, instants in Vietnam's time zone out). Reads "now"
 * from the engine clock so tests can move time.
 */
@Component("taskCalendar")
public class TaskCalendar {

  private final DeadlineProperties properties;
  private final WorkingDays workingDays;

  public TaskCalendar(DeadlineProperties properties, WorkingDays workingDays) {
    this.properties = properties;
    this.workingDays = workingDays;
  }

  public ZoneId zone() {
    return properties.zone();
  }

  public LocalDate today() {
    return DeadlineInstants.today(properties.zone());
  }

  /** Work is due by the end of its deadline day; the overdue timer fires at that instant. */
  public Date dueAt(String deadline) {
    return DeadlineInstants.endOf(LocalDate.parse(deadline), properties.zone());
  }

  public Date reminderAt(String deadline) {
    LocalDate day = LocalDate.parse(deadline).minusDays(properties.tasks().reminderDaysBefore());
    return DeadlineInstants.startOfWorkingDay(day, properties.zone());
  }

  /**
   * A cycle opens at the start of the working day on its first day; one whose first day is today or
   * past opens at once (before dawn too: it was due already, not at 08:00).
   */
  public Date opensAt(String day) {
    LocalDate first = LocalDate.parse(day);
    return first.isAfter(today()) ? DeadlineInstants.startOfWorkingDay(first, properties.zone()) : ClockUtil.getCurrentTime();
  }

  /** The day a cycle that opens on {@code opensOn} is scheduled to open: today at the earliest. */
  public LocalDate openingDay(LocalDate opensOn) {
    return opensOn.isAfter(today()) ? opensOn : today();
  }

  /** Cooperating agencies contribute a configured number of working days before the lead's deadline. */
  public LocalDate contributionDue(LocalDate leadDeadline) {
    return workingDays.minusWorkingDays(leadDeadline, properties.tasks().contributionWorkingDaysBefore());
  }

  /** Whether work due on {@code deadline} was done in time when it was done at {@code doneAt}. */
  public boolean isInTime(LocalDate deadline, Instant doneAt) {
    return !doneAt.isAfter(DeadlineInstants.endOf(deadline, properties.zone()).toInstant());
  }

  /** Whether open work due on {@code deadline} is within the due-soon window today (and not yet overdue). */
  public boolean isDueSoon(LocalDate deadline) {
    return !today().isBefore(deadline.minusDays(properties.tasks().dueSoonDays())) && !today().isAfter(deadline);
  }

  public boolean isOverdue(LocalDate deadline) {
    return today().isAfter(deadline);
  }
}
