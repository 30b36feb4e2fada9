package vn.directivecascade.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueRuleTextTest {

  @Test
  void readsTheWaysPlansStateTheirDeadlines() {
    assertThat(DueRuleText.parse("05/11")).isEqualTo(new DueRule.FixedDates(List.of(MonthDay.of(11, 5))));
    assertThat(DueRuleText.parse("20/12, 20/6")).isEqualTo(new DueRule.FixedDates(List.of(MonthDay.of(6, 20), MonthDay.of(12, 20))));
    assertThat(DueRuleText.parse("15/3; 15/9")).isEqualTo(new DueRule.FixedDates(List.of(MonthDay.of(3, 15), MonthDay.of(9, 15))));
    assertThat(DueRuleText.parse("tháng 12")).isEqualTo(new DueRule.InMonth(Month.DECEMBER));
    assertThat(DueRuleText.parse("Tháng 6")).isEqualTo(new DueRule.InMonth(Month.JUNE));
    assertThat(DueRuleText.parse("ngày 20")).isEqualTo(new DueRule.DayOfMonth(20));
    assertThat(DueRuleText.parse("  ")).isEqualTo(new DueRule.DecreeDefault());
    assertThat(DueRuleText.parse(null)).isEqualTo(new DueRule.DecreeDefault());
  }

  @Test
  void refusesWhatIsNotADeadlineWithAHint() {
    assertThatThrownBy(() -> DueRuleText.parse("31/02")).hasMessageContaining("ngày không hợp lệ: '31/02'");
    assertThatThrownBy(() -> DueRuleText.parse("05/13")).hasMessageContaining("tháng không hợp lệ");
    assertThatThrownBy(() -> DueRuleText.parse("tháng 13")).hasMessageContaining("tháng không hợp lệ");
    assertThatThrownBy(() -> DueRuleText.parse("ngày 32")).hasMessageContaining("ngày không hợp lệ");
    assertThatThrownBy(() -> DueRuleText.parse("cuối năm")).hasMessageContaining("không hiểu hạn 'cuối năm'")
        .hasMessageContaining("05/11");
  }
}
