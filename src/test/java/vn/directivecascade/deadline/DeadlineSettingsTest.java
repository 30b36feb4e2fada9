package vn.directivecascade.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The deadline settings as the application binds them from its configuration and defaults. */
@SpringBootTest
class DeadlineSettingsTest {

  @Autowired DeadlineProperties properties;
  @Autowired WorkingDays workingDays;

  @Test
  void defaultsBindToVietnamsWeekendAndFixedHolidays() {
    assertThat(properties.zone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
    assertThat(properties.drafting().defaultDays()).isEqualTo(30);
    assertThat(properties.reporting().windowOpensDaysBefore()).isEqualTo(14);
    assertThat(properties.reporting().consolidationWorkingDays()).isEqualTo(5);
    assertThat(workingDays.dayOff(LocalDate.of(2026, 9, 2))).isEqualTo(WorkingDays.DayOff.PUBLIC_HOLIDAY);
    assertThat(workingDays.dayOff(LocalDate.of(2026, 4, 30))).isEqualTo(WorkingDays.DayOff.PUBLIC_HOLIDAY);
    assertThat(workingDays.dayOff(LocalDate.of(2026, 11, 21))).isEqualTo(WorkingDays.DayOff.WEEKEND);
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
  }
}
