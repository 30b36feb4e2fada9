package vn.directivecascade.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A plan task's time frame (thời gian) as the plans write it: a deadline date, "năm N" (by 31/12/N
 * unless the plan names a day), "hằng năm" (every year by a day), or "giai đoạn A-B" (every year of
 * the period and a final round closing it). {@link TimeFrameText} reads the wording.
 */
public sealed interface TimeFrame {

  /** The day a year's work is due when the plan names none. */
  MonthDay END_OF_YEAR = MonthDay.of(12, 31);
  /** Recurring work is scheduled this many years ahead at most: longer than any plan is in force. */
  int MAX_YEARS = 100;
  DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The task's cycles in order; recurring work starts in the plan's year. */
  Stream<TaskCycle> cycles(int planYear);

  /** The first cycle not yet due on {@code today}: where a task issued today starts. */
  default Optional<TaskCycle> firstOpenOn(LocalDate today, int planYear) {
    return cycles(planYear).filter(cycle -> !cycle.deadline().isBefore(today)).findFirst();
  }

  /** The cycle after {@code key}, even when it is already due: a late scheduler loses no cycle. */
  default Optional<TaskCycle> after(String key, int planYear) {
    return cycles(planYear).dropWhile(cycle -> !cycle.key().equals(key)).skip(1).findFirst();
  }

  default Optional<TaskCycle> cycle(String key, int planYear) {
    return cycles(planYear).filter(cycle -> cycle.key().equals(key)).findFirst();
  }

  /** One deadline date; its only cycle is open from the day the plan is issued. */
  record Deadline(LocalDate date) implements TimeFrame {
    @Override
    public Stream<TaskCycle> cycles(int planYear) {
      return Stream.of(new TaskCycle("once", "hạn " + date.format(DAY), date, LocalDate.MIN));
    }
  }

  record InYear(int year, MonthDay due) implements TimeFrame {
    @Override
    public Stream<TaskCycle> cycles(int planYear) {
      return Stream.of(yearCycle(year, due));
    }
  }

  record Yearly(MonthDay due) implements TimeFrame {
    @Override
    public Stream<TaskCycle> cycles(int planYear) {
      return IntStream.range(planYear, planYear + MAX_YEARS).mapToObj(year -> yearCycle(year, due));
    }
  }

  record Period(int fromYear, int toYear, MonthDay due) implements TimeFrame {
    @Override
    public Stream<TaskCycle> cycles(int planYear) {
      TaskCycle last = yearCycle(toYear, due);
      return Stream.concat(IntStream.rangeClosed(fromYear, toYear).mapToObj(year -> yearCycle(year, due)),
          Stream.of(new TaskCycle("final", "tổng kết giai đoạn " + fromYear + "-" + toYear, last.deadline(), last.opensOn())));
    }
  }

  private static TaskCycle yearCycle(int year, MonthDay due) {
    return new TaskCycle(Integer.toString(year), "năm " + year, due.atYear(year), LocalDate.of(year, 1, 1));
  }
}
