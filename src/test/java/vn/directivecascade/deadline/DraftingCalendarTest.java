package vn.directivecascade.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DraftingCalendarTest {

  private static final ZoneId VIETNAM = TestDeadlines.VIETNAM;
  private final DraftingCalendar calendar = new DraftingCalendar(TestDeadlines.properties(new DeadlineProperties.Drafting(30, 3)));

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void planIsDueAtTheEndOfItsDeadlineDayInVietnam() {
    assertThat(calendar.dueAt("2020-06-11")).isEqualTo(instant(2020, 6, 11, 23, 59, 59));
    assertThat(calendar.dueAt("2020-06-11").toInstant()).hasToString("2020-06-11T16:59:59Z");
  }

  @Test
  void reminderIsAtTheStartOfTheWorkingDayThreeDaysBefore() {
    assertThat(calendar.reminderAt("2020-06-11")).isEqualTo(instant(2020, 6, 8, 8, 0, 0));
    // across a year boundary and a leap day
    assertThat(calendar.reminderAt("2021-01-02")).isEqualTo(instant(2020, 12, 30, 8, 0, 0));
    assertThat(calendar.reminderAt("2024-03-02")).isEqualTo(instant(2024, 2, 28, 8, 0, 0));
  }

  @Test
  void defaultDeadlineIsThirtyDaysAfterReceipt() {
    assertThat(calendar.defaultDeadline(LocalDate.of(2020, 5, 12))).isEqualTo(LocalDate.of(2020, 6, 11));
    assertThat(calendar.defaultDeadline(LocalDate.of(2023, 12, 15))).isEqualTo(LocalDate.of(2024, 1, 14));
  }

  @Test
  void todayIsTheDateInVietnamOnTheEngineClock() {
    // 18:30 UTC on 31/12 is already 01:30 on 01/01 in Hà Nội
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2020, 12, 31, 18, 30, 0, 0, ZoneId.of("UTC")).toInstant()));
    assertThat(calendar.today()).isEqualTo(LocalDate.of(2021, 1, 1));
  }

  @Test
  void reminderDaysAreConfigurable() {
    DraftingCalendar weekAhead = new DraftingCalendar(TestDeadlines.properties(new DeadlineProperties.Drafting(45, 7)));
    assertThat(weekAhead.reminderAt("2020-06-11")).isEqualTo(instant(2020, 6, 4, 8, 0, 0));
    assertThat(weekAhead.defaultDeadline(LocalDate.of(2020, 5, 12))).isEqualTo(LocalDate.of(2020, 6, 26));
  }

  private static Date instant(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, second, 0, VIETNAM).toInstant());
  }
}
