package vn.directivecascade.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.directivecascade.deadline.TestDeadlines.VIETNAM;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingCalendarTest {

  private final WorkingDays workingDays = new WorkingDays(TestDeadlines.properties());
  private final ReportingCalendar calendar = new ReportingCalendar(TestDeadlines.properties(), workingDays);

  /** Decree 09/2019 Art. 12 data windows for every regular kind, across year boundaries. */
  @ParameterizedTest(name = "{0} {2}/{1}: {3} → {4}")
  @CsvSource({
      "MONTHLY,     2025, 1,  2024-12-15, 2025-01-14",
      "MONTHLY,     2025, 3,  2025-02-15, 2025-03-14",
      "MONTHLY,     2024, 3,  2024-02-15, 2024-03-14",
      "MONTHLY,     2025, 12, 2025-11-15, 2025-12-14",
      "QUARTERLY,   2025, 1,  2024-12-15, 2025-03-14",
      "QUARTERLY,   2025, 2,  2025-03-15, 2025-06-14",
      "QUARTERLY,   2025, 3,  2025-06-15, 2025-09-14",
      "QUARTERLY,   2025, 4,  2025-09-15, 2025-12-14",
      "SEMI_ANNUAL, 2025, 1,  2024-12-15, 2025-06-14",
      "SEMI_ANNUAL, 2025, 2,  2025-06-15, 2025-12-14",
      "ANNUAL,      2024, 1,  2023-12-15, 2024-12-14",
      "ANNUAL,      2025, 1,  2024-12-15, 2025-12-14"})
  void dataWindowsFollowDecree09(PeriodKind kind, int year, int index, LocalDate from, LocalDate to) {
    ReportingPeriod period = calendar.period(kind, year, index);
    assertThat(period.dataFrom()).isEqualTo(from);
    assertThat(period.dataTo()).isEqualTo(to);
    assertThat(period.key()).isEqualTo(year + "-" + kind + "-" + index);
  }

  @Test
  void periodsAreNamedAsCivilServantsNameThem() {
    assertThat(calendar.period(PeriodKind.ANNUAL, 2025, 1).label()).isEqualTo("Năm 2025");
    assertThat(calendar.period(PeriodKind.SEMI_ANNUAL, 2025, 2).label()).isEqualTo("6 tháng 2/2025");
    assertThat(calendar.period(PeriodKind.QUARTERLY, 2025, 3).label()).isEqualTo("Quý 3/2025");
    assertThat(calendar.period(PeriodKind.MONTHLY, 2025, 7).label()).isEqualTo("Tháng 7/2025");
  }

  @Test
  void periodOutsideTheYearIsRefused() {
    assertThatThrownBy(() -> calendar.period(PeriodKind.MONTHLY, 2025, 13)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.period(PeriodKind.QUARTERLY, 2025, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.period(PeriodKind.CUSTOM, 2025, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void laiChauHealthChainUnitsBy0511AndTheDepartmentBy0512() {
    ReportingPeriod year2025 = calendar.period(PeriodKind.ANNUAL, 2025, 1);
    LocalDate units = calendar.reporterDue(year2025, new DueRule.FixedDates(List.of(MonthDay.of(11, 5))));
    LocalDate department = calendar.consolidatorDue(year2025, units, Optional.of(new DueRule.FixedDates(List.of(MonthDay.of(12, 5)))));
    assertThat(units).isEqualTo(LocalDate.of(2025, 11, 5));
    assertThat(department).isEqualTo(LocalDate.of(2025, 12, 5));
    assertThat(calendar.consolidationGapProblem(units, department)).isEmpty();
  }

  @Test
  void labourFederationSixMonthBy2006AndAnnualBy2012InWhateverOrderThePlanListsThem() {
    DueRule rule = new DueRule.FixedDates(List.of(MonthDay.of(12, 20), MonthDay.of(6, 20)));
    assertThat(calendar.reporterDue(calendar.period(PeriodKind.SEMI_ANNUAL, 2026, 1), rule)).isEqualTo(LocalDate.of(2026, 6, 20));
    assertThat(calendar.reporterDue(calendar.period(PeriodKind.SEMI_ANNUAL, 2026, 2), rule)).isEqualTo(LocalDate.of(2026, 12, 20));
  }

  @Test
  void inDecemberEachYearMeansByTheLastDayOfDecember() {
    assertThat(calendar.reporterDue(calendar.period(PeriodKind.ANNUAL, 2024, 1), new DueRule.InMonth(Month.DECEMBER)))
        .isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(calendar.reporterDue(calendar.period(PeriodKind.ANNUAL, 2024, 1), new DueRule.InMonth(Month.FEBRUARY)))
        .as("leap year").isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void monthlyDayIsCutToTheMonthsLastDay() {
    DueRule day31 = new DueRule.DayOfMonth(31);
    assertThat(calendar.reporterDue(calendar.period(PeriodKind.MONTHLY, 2024, 2), day31)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(calendar.reporterDue(calendar.period(PeriodKind.MONTHLY, 2025, 2), day31)).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(calendar.reporterDue(calendar.period(PeriodKind.MONTHLY, 2025, 1), new DueRule.DayOfMonth(20)))
        .isEqualTo(LocalDate.of(2025, 1, 20));
  }

  @ParameterizedTest(name = "{0} {2}/{1}: due {3}")
  @CsvSource({
      "ANNUAL,      2025, 1, 2025-12-15",   // window ends Sunday 14/12
      "SEMI_ANNUAL, 2025, 1, 2025-06-16",   // Saturday 14/06 → Monday
      "QUARTERLY,   2025, 3, 2025-09-15",   // Sunday 14/09 → Monday
      "MONTHLY,     2026, 2, 2026-02-23",   // Saturday 14/02, then Tết 16–20/02
      "MONTHLY,     2025, 10, 2025-10-15"}) // Tuesday 14/10 → Wednesday
  void withoutADateReportersAreDueTheFirstWorkingDayAfterTheWindow(PeriodKind kind, int year, int index, LocalDate due) {
    assertThat(calendar.reporterDue(calendar.period(kind, year, index), new DueRule.DecreeDefault())).isEqualTo(due);
  }

  @Test
  void consolidatorsAreDueFiveWorkingDaysAfterTheirReportersByDefault() {
    ReportingPeriod year2025 = calendar.period(PeriodKind.ANNUAL, 2025, 1);
    assertThat(calendar.consolidatorDue(year2025, LocalDate.of(2025, 12, 15), Optional.empty())).isEqualTo(LocalDate.of(2025, 12, 22));
    assertThat(calendar.consolidatorDue(year2025, LocalDate.of(2025, 12, 29), Optional.empty()))
        .as("across the weekend and New Year's Day").isEqualTo(LocalDate.of(2026, 1, 6));
  }

  @Test
  void aReporterDeadlineNotOneWorkingDayBeforeTheConsolidatorsIsRefused() {
    assertThat(calendar.consolidationGapProblem(LocalDate.of(2025, 12, 5), LocalDate.of(2025, 12, 5))).isPresent();
    assertThat(calendar.consolidationGapProblem(LocalDate.of(2025, 12, 10), LocalDate.of(2025, 12, 5))).isPresent();
    assertThat(calendar.consolidationGapProblem(LocalDate.of(2025, 12, 5), LocalDate.of(2025, 12, 6)))
        .as("Friday to Saturday: no working day between").hasValueSatisfying(message ->
            assertThat(message).contains("05/12/2025", "06/12/2025", "ít nhất một ngày làm việc"));
    assertThat(calendar.consolidationGapProblem(LocalDate.of(2025, 12, 5), LocalDate.of(2025, 12, 8))).isEmpty();
  }

  @Test
  void customDatesMakeTheirOwnPeriods() {
    List<MonthDay> dates = List.of(MonthDay.of(9, 15), MonthDay.of(3, 15));
    ReportingPeriod first = calendar.customPeriod(dates, 2025, 1);
    assertThat(first.dataFrom()).isEqualTo(LocalDate.of(2024, 9, 16));
    assertThat(first.dataTo()).isEqualTo(LocalDate.of(2025, 3, 14));
    ReportingPeriod second = calendar.customPeriod(dates, 2025, 2);
    assertThat(second.dataFrom()).isEqualTo(LocalDate.of(2025, 3, 16));
    assertThat(calendar.reporterDue(second, new DueRule.FixedDates(dates))).isEqualTo(LocalDate.of(2025, 9, 15));
  }

  @Test
  void nextPeriodIsTheFirstStillDue() {
    DueRule by0511 = new DueRule.FixedDates(List.of(MonthDay.of(11, 5)));
    assertThat(calendar.nextPeriod(PeriodKind.ANNUAL, by0511, LocalDate.of(2025, 11, 5)).year()).isEqualTo(2025);
    assertThat(calendar.nextPeriod(PeriodKind.ANNUAL, by0511, LocalDate.of(2025, 11, 6)).year()).isEqualTo(2026);
    DueRule sixMonth = new DueRule.FixedDates(List.of(MonthDay.of(6, 20), MonthDay.of(12, 20)));
    assertThat(calendar.nextPeriod(PeriodKind.SEMI_ANNUAL, sixMonth, LocalDate.of(2025, 7, 1)).key()).isEqualTo("2025-SEMI_ANNUAL-2");
    assertThat(calendar.nextPeriod(PeriodKind.SEMI_ANNUAL, sixMonth, LocalDate.of(2025, 12, 21)).key()).isEqualTo("2026-SEMI_ANNUAL-1");
    DueRule custom = new DueRule.FixedDates(List.of(MonthDay.of(3, 15), MonthDay.of(9, 15)));
    assertThat(calendar.nextPeriod(PeriodKind.CUSTOM, custom, LocalDate.of(2025, 3, 16)).key()).isEqualTo("2025-CUSTOM-2");
  }

  @Test
  void windowOpensTwoWeeksBeforeAndRemindsThreeDaysBeforeInVietnam() {
    LocalDate due = LocalDate.of(2025, 11, 5);
    assertThat(calendar.windowOpens(due)).isEqualTo(LocalDate.of(2025, 10, 22));
    assertThat(calendar.opensAt(due)).isEqualTo(at(2025, 10, 22, 8, 0, 0));
    assertThat(calendar.reminderAt(due)).isEqualTo(at(2025, 11, 2, 8, 0, 0));
    assertThat(calendar.dueAt(due)).isEqualTo(at(2025, 11, 5, 23, 59, 59));
    assertThat(calendar.dueAt(LocalDate.of(2025, 12, 31)).toInstant()).hasToString("2025-12-31T16:59:59Z");
  }

  @Test
  void aDeadlineOnAWeekendOrHolidayIsShownAsSuch() {
    assertThat(calendar.dayOff(LocalDate.of(2025, 12, 20))).contains(WorkingDays.DayOff.WEEKEND);
    assertThat(calendar.dayOff(LocalDate.of(2026, 6, 20))).contains(WorkingDays.DayOff.WEEKEND);
    assertThat(calendar.dayOff(LocalDate.of(2025, 9, 2))).contains(WorkingDays.DayOff.PUBLIC_HOLIDAY);
    assertThat(calendar.dayOff(LocalDate.of(2026, 2, 18))).contains(WorkingDays.DayOff.PUBLIC_HOLIDAY);
    assertThat(calendar.dayOff(LocalDate.of(2025, 11, 5))).isEmpty();
  }

  @Test
  void rulesThatDoNotFitThePeriodAreRefused() {
    ReportingPeriod annual = calendar.period(PeriodKind.ANNUAL, 2025, 1);
    assertThatThrownBy(() -> calendar.reporterDue(annual, new DueRule.FixedDates(List.of(MonthDay.of(6, 20), MonthDay.of(12, 20)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.reporterDue(annual, new DueRule.DayOfMonth(5))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.reporterDue(calendar.period(PeriodKind.SEMI_ANNUAL, 2025, 1), new DueRule.InMonth(Month.JUNE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DueRule.DayOfMonth(32)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Date at(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, second, 0, VIETNAM).toInstant());
  }
}
