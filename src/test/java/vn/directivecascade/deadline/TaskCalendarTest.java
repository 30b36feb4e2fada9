package vn.directivecascade.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskCalendarTest {

  private final TaskCalendar calendar = new TaskCalendar(TestDeadlines.properties(), new WorkingDays(TestDeadlines.properties()));

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aFutureCycleOpensAtTheStartOfItsFirstWorkingDay() {
    ClockUtil.setCurrentTime(at(2026, 12, 3, 4, 30));
    assertThat(calendar.opensAt("2027-01-01")).isEqualTo(at(2027, 1, 1, 8, 0));
  }

  @Test
  void aCycleWhoseFirstDayIsTodayOrPastOpensAtOnceEvenBeforeDawn() {
    Date beforeDawn = at(2026, 12, 3, 4, 30);
    ClockUtil.setCurrentTime(beforeDawn);
    assertThat(calendar.opensAt("2026-01-01")).isEqualTo(beforeDawn);
    assertThat(calendar.opensAt("2026-12-03")).isEqualTo(beforeDawn);
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, TestDeadlines.VIETNAM).toInstant());
  }
}
