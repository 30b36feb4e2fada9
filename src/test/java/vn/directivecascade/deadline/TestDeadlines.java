package vn.directivecascade.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Deadline settings as in production, with Tết 2026 (16–20/02/2026) configured as holidays. */
final class TestDeadlines {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  static DeadlineProperties properties(DeadlineProperties.Drafting drafting) {
    return new DeadlineProperties(VIETNAM, drafting, new DeadlineProperties.Reporting(14, 3, 5, 3),
        new DeadlineProperties.Tasks(5, 3, 3),
        new DeadlineProperties.WorkingDays(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
            List.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 2)),
            List.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20))));
  }

  static DeadlineProperties properties() {
    return properties(new DeadlineProperties.Drafting(30, 3));
  }

  private TestDeadlines() {
  }
}
