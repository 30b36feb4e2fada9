package vn.directivecascade.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Dates of the drafting deadline. The BPMN timers and the draft-plan task's due and follow-up
 * dates call this bean, so no date is computed inline in the process model. It reads "now" from
 * the engine clock so tests can move time.
 */
@Component("draftingCalendar")
public class DraftingCalendar {

  private final DeadlineProperties properties;

  public DraftingCalendar(DeadlineProperties properties) {
    this.properties = properties;
  }

  public ZoneId zone() {
    return properties.zone();
  }

  public LocalDate today() {
    return DeadlineInstants.today(zone());
  }

  /** The deadline when the parent organisation set none: a number of days after receipt. */
  public LocalDate defaultDeadline(LocalDate receivedOn) {
    return receivedOn.plusDays(properties.drafting().defaultDays());
  }

  /** A plan is due by the end of its deadline day; the overdue timer fires at that instant. */
  public Date dueAt(String deadline) {
    return DeadlineInstants.endOf(LocalDate.parse(deadline), zone());
  }

  /** The reminder: the start of the working day a configured number of days before the deadline. */
  public Date reminderAt(String deadline) {
    LocalDate day = LocalDate.parse(deadline).minusDays(properties.drafting().reminderDaysBefore());
    return DeadlineInstants.startOfWorkingDay(day, zone());
  }
}
