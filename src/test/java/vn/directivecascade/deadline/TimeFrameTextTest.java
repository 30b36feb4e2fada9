package vn.directivecascade.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a plan task's time frame, as the appendices word it, becomes a {@link TimeFrame}, which
 * cycles each kind of frame produces and which one a task starts or goes on with, and which
 * wordings are refused with a message the drafter can act on.
 */
class TimeFrameTextTest {

  private static final MonthDay END_OF_YEAR = MonthDay.of(12, 31);

  @Test
  void aDateWithOrWithoutItsPrepositionIsASingleDeadline() {
    assertThat(TimeFrameText.parse("30/9/2020")).isEqualTo(new TimeFrame.Deadline(LocalDate.of(2020, 9, 30)));
    assertThat(TimeFrameText.parse("trước ngày 31/12/2020")).isEqualTo(new TimeFrame.Deadline(LocalDate.of(2020, 12, 31)));
  }

  @Test
  void aYearIsDueAtItsEndUnlessTheFrameNamesADay() {
    assertThat(TimeFrameText.parse("Năm 2020")).isEqualTo(new TimeFrame.InYear(2020, END_OF_YEAR));
    assertThat(TimeFrameText.parse("năm 2021, trước 30/6")).isEqualTo(new TimeFrame.InYear(2021, MonthDay.of(6, 30)));
  }

  @Test
  void everyWayOfSayingEveryYearIsYearlyWork() {
    assertThat(TimeFrameText.parse("Hằng năm")).isEqualTo(new TimeFrame.Yearly(END_OF_YEAR));
    assertThat(TimeFrameText.parse("Hàng năm")).isEqualTo(new TimeFrame.Yearly(END_OF_YEAR));
    assertThat(TimeFrameText.parse("định kỳ hằng năm")).isEqualTo(new TimeFrame.Yearly(END_OF_YEAR));
    assertThat(TimeFrameText.parse("Hằng năm (trước ngày 30/11)")).isEqualTo(new TimeFrame.Yearly(MonthDay.of(11, 30)));
    assertThat(TimeFrameText.parse("Hằng năm, trước ngày 05/12")).isEqualTo(new TimeFrame.Yearly(MonthDay.of(12, 5)));
  }

  @Test
  void aPeriodIsReadWithAnyDashAndMayAlsoSayEveryYear() {
    assertThat(TimeFrameText.parse("Giai đoạn 2021-2025")).isEqualTo(new TimeFrame.Period(2021, 2025, END_OF_YEAR));
    assertThat(TimeFrameText.parse("giai đoạn 2021—2025")).isEqualTo(new TimeFrame.Period(2021, 2025, END_OF_YEAR));
    assertThat(TimeFrameText.parse("giai đoạn 2021 – 2025 và hằng năm")).isEqualTo(new TimeFrame.Period(2021, 2025, END_OF_YEAR));
  }

  @Test
  void caseAndExtraSpacesDoNotMatter() {
    assertThat(TimeFrameText.parse("  GIAI   ĐOẠN  2021 - 2025 ")).isEqualTo(new TimeFrame.Period(2021, 2025, END_OF_YEAR));
    assertThat(TimeFrameText.parse("HÀNG  NĂM,   TRƯỚC   NGÀY 15/12")).isEqualTo(new TimeFrame.Yearly(MonthDay.of(12, 15)));
    assertThat(TimeFrameText.parse(" NĂM\t2020 ")).isEqualTo(new TimeFrame.InYear(2020, END_OF_YEAR));
    assertThat(TimeFrameText.parse(" Trước  Ngày  30/9/2020 ")).isEqualTo(new TimeFrame.Deadline(LocalDate.of(2020, 9, 30)));
  }

  @Test
  void aDeadlineHasOneCycleOpenFromTheStart() {
    TimeFrame deadline = TimeFrameText.parse("30/9/2020");

    assertThat(deadline.cycles(2020).toList())
        .containsExactly(new TaskCycle("once", "hạn 30/09/2020", LocalDate.of(2020, 9, 30), LocalDate.MIN));
    assertThat(deadline.after("once", 2020)).isEmpty();
  }

  @Test
  void aYearHasOneCycleOpeningOnTheFirstOfJanuary() {
    assertThat(TimeFrameText.parse("năm 2021, trước 30/6").cycles(2020).toList())
        .containsExactly(new TaskCycle("2021", "năm 2021", LocalDate.of(2021, 6, 30), LocalDate.of(2021, 1, 1)));
  }

  @Test
  void yearlyWorkHasOneCycleAYearFromThePlanYear() {
    List<TaskCycle> cycles = TimeFrameText.parse("Hằng năm, trước ngày 05/12").cycles(2020).toList();

    assertThat(cycles).hasSize(TimeFrame.MAX_YEARS);
    assertThat(cycles.subList(0, 3)).containsExactly(
        new TaskCycle("2020", "năm 2020", LocalDate.of(2020, 12, 5), LocalDate.of(2020, 1, 1)),
        new TaskCycle("2021", "năm 2021", LocalDate.of(2021, 12, 5), LocalDate.of(2021, 1, 1)),
        new TaskCycle("2022", "năm 2022", LocalDate.of(2022, 12, 5), LocalDate.of(2022, 1, 1)));
  }

  @Test
  void aPeriodHasOneCycleAYearAndAFinalOneDueWithItsLastYear() {
    TimeFrame period = TimeFrameText.parse("Giai đoạn 2021-2023, trước ngày 15/12");

    // the plan's own year plays no part: the period names its years
    assertThat(period.cycles(2019).toList()).containsExactly(
        new TaskCycle("2021", "năm 2021", LocalDate.of(2021, 12, 15), LocalDate.of(2021, 1, 1)),
        new TaskCycle("2022", "năm 2022", LocalDate.of(2022, 12, 15), LocalDate.of(2022, 1, 1)),
        new TaskCycle("2023", "năm 2023", LocalDate.of(2023, 12, 15), LocalDate.of(2023, 1, 1)),
        new TaskCycle("final", "tổng kết giai đoạn 2021-2023", LocalDate.of(2023, 12, 15), LocalDate.of(2023, 1, 1)));
  }

  @Test
  void aTaskIssuedLateStartsAtTheFirstCycleNotYetDue() {
    TimeFrame yearly = TimeFrameText.parse("Hằng năm (trước ngày 30/11)");
    TimeFrame period = TimeFrameText.parse("Giai đoạn 2021-2025");
    TimeFrame deadline = TimeFrameText.parse("30/9/2020");

    assertThat(yearly.firstOpenOn(LocalDate.of(2020, 3, 1), 2020)).map(TaskCycle::key).contains("2020");
    assertThat(yearly.firstOpenOn(LocalDate.of(2020, 11, 30), 2020)).as("due today is still open").map(TaskCycle::key).contains("2020");
    assertThat(yearly.firstOpenOn(LocalDate.of(2020, 12, 1), 2020)).map(TaskCycle::key).contains("2021");
    assertThat(yearly.firstOpenOn(LocalDate.of(2023, 1, 10), 2020)).map(TaskCycle::key).contains("2023");
    assertThat(period.firstOpenOn(LocalDate.of(2025, 6, 1), 2021)).map(TaskCycle::key).contains("2025");
    assertThat(period.firstOpenOn(LocalDate.of(2026, 1, 1), 2021)).isEmpty();
    assertThat(deadline.firstOpenOn(LocalDate.of(2020, 9, 30), 2020)).map(TaskCycle::key).contains("once");
    assertThat(deadline.firstOpenOn(LocalDate.of(2020, 10, 1), 2020)).isEmpty();
  }

  @Test
  void theNextCycleFollowsEvenWhenItIsAlreadyDueAndThereIsNoneAfterTheLast() {
    TimeFrame period = TimeFrameText.parse("Giai đoạn 2021-2025");
    TimeFrame yearly = TimeFrameText.parse("Hằng năm");

    assertThat(period.after("2021", 2021)).map(TaskCycle::key).contains("2022");
    assertThat(period.after("2025", 2021)).map(TaskCycle::key).contains("final");
    assertThat(period.after("final", 2021)).isEmpty();
    assertThat(period.after("2030", 2021)).as("a key the frame does not have").isEmpty();
    assertThat(yearly.after("2020", 2020))
        .contains(new TaskCycle("2021", "năm 2021", LocalDate.of(2021, 12, 31), LocalDate.of(2021, 1, 1)));
  }

  @Test
  void aCycleIsFoundByItsKey() {
    TimeFrame period = TimeFrameText.parse("Giai đoạn 2021-2025");

    assertThat(period.cycle("2023", 2021))
        .contains(new TaskCycle("2023", "năm 2023", LocalDate.of(2023, 12, 31), LocalDate.of(2023, 1, 1)));
    assertThat(period.cycle("final", 2021)).map(TaskCycle::deadline).contains(LocalDate.of(2025, 12, 31));
    assertThat(period.cycle("2026", 2021)).isEmpty();
    assertThat(TimeFrameText.parse("30/9/2020").cycle("once", 2020)).map(TaskCycle::deadline).contains(LocalDate.of(2020, 9, 30));
  }

  @Test
  void yearlyWorkDueOnTheTwentyNinthOfFebruaryIsDueOnTheTwentyEighthInOtherYears() {
    TimeFrame yearly = TimeFrameText.parse("Hằng năm, trước ngày 29/02");

    assertThat(yearly).isEqualTo(new TimeFrame.Yearly(MonthDay.of(2, 29)));
    assertThat(yearly.cycle("2023", 2023)).map(TaskCycle::deadline).contains(LocalDate.of(2023, 2, 28));
    assertThat(yearly.cycle("2024", 2023)).map(TaskCycle::deadline).contains(LocalDate.of(2024, 2, 29));
  }

  @Test
  void aMissingFrameIsRefused() {
    assertThatThrownBy(() -> TimeFrameText.parse(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("thiếu thời gian thực hiện");
    assertThatThrownBy(() -> TimeFrameText.parse(" \t ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("thiếu thời gian thực hiện");
  }

  @Test
  void wordingTheSystemCannotReadIsRefusedWithTheFormsItCan() {
    assertThatThrownBy(() -> TimeFrameText.parse("sớm nhất có thể")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("không hiểu thời gian 'sớm nhất có thể'")
        .hasMessageContaining("30/9/2020").hasMessageContaining("giai đoạn 2021-2025");
    assertThatThrownBy(() -> TimeFrameText.parse("quý III/2020")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("không hiểu thời gian 'quý III/2020'");
  }

  @Test
  void framesThatSayTwoThingsAtOnceAreRefused() {
    assertThatThrownBy(() -> TimeFrameText.parse("năm 2020 và hằng năm")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("không hiểu thời gian 'năm 2020 và hằng năm'");
    assertThatThrownBy(() -> TimeFrameText.parse("30/9/2020 hằng năm")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("không hiểu thời gian '30/9/2020 hằng năm'");
  }

  @Test
  void impossibleDatesAndBackwardPeriodsAreRefused() {
    assertThatThrownBy(() -> TimeFrameText.parse("31/02/2020")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ngày không hợp lệ: '31/02/2020'");
    assertThatThrownBy(() -> TimeFrameText.parse("Năm 2020 trước 32/13")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ngày không hợp lệ: 'Năm 2020 trước 32/13'");
    assertThatThrownBy(() -> TimeFrameText.parse("giai đoạn 2025-2021")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("giai đoạn không hợp lệ: 'giai đoạn 2025-2021'");
  }
}
