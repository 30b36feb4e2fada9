package vn.directivecascade.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.directivecascade.reading.DocumentReading.Period;
import vn.directivecascade.reading.DocumentReading.Reporting;

/**
 * The deadline phrases of plans, one form a test, as they turn into reporting periods and due
 * dates; organisations matched in the demo tree (a Lai Châu issuer).
 */
class DeadlineGrammarTest {

  private static final OrganizationPhrases LAI_CHAU = new OrganizationPhrases(DocumentCorpusTest.demoTree(), "lai-chau", "lai-chau");

  private static List<Reporting> read(String sentence) {
    return ReportingPhrases.read(sentence, null, null, LAI_CHAU);
  }

  @Test
  void aYearlyDateBeforeOrAfterItsPeriodWord() {
    for (String sentence : List.of("Các sở, ban, ngành định kỳ trước ngày 05/11 hằng năm báo cáo UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội).",
        "Các sở, ban, ngành báo cáo UBND tỉnh hàng năm trước ngày 05 tháng 11 (qua Sở LĐ-TB&XH).",
        "Các sở, ban, ngành báo cáo UBND tỉnh trước ngày 05/11 hằng năm (qua Sở Lao động, Thương binh và Xã hội).")) {
      Reporting reporting = read(sentence).get(0);
      assertThat(reporting.period()).as(sentence).isEqualTo(Period.annual);
      assertThat(reporting.dueDayMonth()).as(sentence).containsExactly("05/11");
      assertThat(reporting.recipientCode()).isEqualTo("lai-chau");
      assertThat(reporting.viaCode()).isEqualTo("lai-chau-sldtbxh");
      assertThat(reporting.reporterCodes()).as("the departments, not the labour federation")
          .containsExactly("lai-chau-skhdt", "lai-chau-sldtbxh", "lai-chau-snv", "lai-chau-stp", "lai-chau-syt");
    }
  }

  @Test
  void sixMonthAndAnnualReportsEachWithItsDate() {
    List<Reporting> reporting = read("Liên đoàn Lao động các huyện, thành phố báo cáo sáu tháng (trước ngày 20/6) và báo cáo 01 năm (trước ngày 20/12) về LĐLĐ tỉnh.");
    assertThat(reporting).extracting(Reporting::period).containsExactly(Period.semiannual, Period.annual);
    assertThat(reporting).extracting(Reporting::dueDayMonth).containsExactly(List.of("20/06"), List.of("20/12"));
    assertThat(reporting.get(0).reporterCodes()).containsExactly("lai-chau-ldld-phong-tho", "lai-chau-ldld-tam-duong", "lai-chau-ldld-than-uyen",
        "lai-chau-ldld-thanh-pho");
    assertThat(reporting.get(0).recipientCode()).isEqualTo("lai-chau-ldld");
  }

  @Test
  void aSixMonthReportWithTwoDates() {
    List<Reporting> all = read("Các đơn vị gửi báo cáo 6 tháng về Sở Y tế trước ngày 15/6 và 15/12 hằng năm.");
    assertThat(all).as("'hằng năm' says the dates recur; it is no annual report").hasSize(1);
    Reporting reporting = all.get(0);
    assertThat(reporting.period()).isEqualTo(Period.semiannual);
    assertThat(reporting.dueDayMonth()).containsExactly("15/06", "15/12");
  }

  @Test
  void twoPeriodsAndTwoDatesPairInOrder() {
    List<Reporting> reporting = read("Sở Y tế định kỳ 6 tháng, năm tổng hợp báo cáo Chủ tịch UBND tỉnh trước ngày 15/6 và 15/12.");
    assertThat(reporting).extracting(Reporting::period).containsExactly(Period.semiannual, Period.annual);
    assertThat(reporting).extracting(Reporting::dueDayMonth).containsExactly(List.of("15/06"), List.of("15/12"));
    assertThat(reporting.get(0).recipientCode()).as("the chairman stands for the provincial committee").isEqualTo("lai-chau");
  }

  @Test
  void quarterlyByTheTwentiethOfTheQuartersLastMonth() {
    Reporting reporting = read("Sở Y tế báo cáo UBND tỉnh hằng quý, trước ngày 20 của tháng cuối quý.").get(0);
    assertThat(reporting.period()).isEqualTo(Period.quarterly);
    assertThat(reporting.dueDayMonth()).containsExactly("20/03", "20/06", "20/09", "20/12");
    assertThat(reporting.reporterCodes()).containsExactly("lai-chau-syt");
    Reporting lastMonth = read("Sở Y tế gửi báo cáo quý về UBND tỉnh trước ngày 05 tháng cuối cùng của mỗi quý.").get(0);
    assertThat(lastMonth.period()).isEqualTo(Period.quarterly);
    assertThat(lastMonth.dueDayMonth()).containsExactly("05/03", "05/06", "05/09", "05/12");
  }

  @Test
  void monthlyByADayOfEachMonth() {
    for (String sentence : List.of("Các đơn vị trực thuộc báo cáo tình hình thực hiện về Sở Y tế trước ngày 25 hằng tháng.",
        "Các đơn vị trực thuộc gửi báo cáo tháng về Sở Y tế trước ngày 25 của tháng.")) {
      Reporting reporting = read(sentence).get(0);
      assertThat(reporting.period()).as(sentence).isEqualTo(Period.monthly);
      assertThat(reporting.dueDay()).as(sentence).isEqualTo(25);
      assertThat(reporting.dueDayMonth()).isEmpty();
    }
  }

  @Test
  void inAMonthOfEachYear() {
    Reporting reporting = read("Sở Lao động – Thương binh và Xã hội tổng hợp, báo cáo UBND tỉnh định kỳ vào tháng 12 hằng năm.").get(0);
    assertThat(reporting.period()).isEqualTo(Period.annual);
    assertThat(reporting.dueMonth()).isEqualTo(12);
    assertThat(reporting.reporterCodes()).containsExactly("lai-chau-sldtbxh");
  }

  @Test
  void aOneOffDateIsNotYearly() {
    for (String sentence : List.of("Các sở, ngành báo cáo kết quả về UBND tỉnh trước ngày 15/5/2021.",
        "Các sở, ngành báo cáo kết quả về UBND tỉnh chậm nhất ngày 15 tháng 5 năm 2021.")) {
      Reporting reporting = read(sentence).get(0);
      assertThat(reporting.period()).as(sentence).isEqualTo(Period.once);
      assertThat(reporting.dueDate()).as(sentence).isEqualTo(LocalDate.of(2021, 5, 15));
      assertThat(reporting.dueDayMonth()).isEmpty();
    }
  }

  @Test
  void aPeriodWithoutADateAndAnUnscheduledReport() {
    List<Reporting> reporting = read("Sở Tư pháp tổng hợp, báo cáo UBND tỉnh theo định kỳ hàng quý, 6 tháng, năm và đột xuất.");
    assertThat(reporting).extracting(Reporting::period).containsExactly(Period.quarterly, Period.semiannual, Period.annual, Period.other);
    assertThat(reporting).allSatisfy(each -> {
      assertThat(each.dueDayMonth()).isEmpty();
      assertThat(each.dueDate()).isNull();
      assertThat(each.recipientCode()).isEqualTo("lai-chau");
    });
  }

  @Test
  void sentencesThatObligeNoOneAreNotObligations() {
    assertThat(ReportingPhrases.isObligation("Ban hành kèm theo Quyết định này Quy định chế độ báo cáo định kỳ kinh tế - xã hội.")).isFalse();
    assertThat(ReportingPhrases.isObligation("Năm 2009, Bộ đã có Công văn quy định báo cáo thống kê hằng tháng.")).isFalse();
    assertThat(ReportingPhrases.isObligation("Kịp thời báo cáo về Liên đoàn Lao động tỉnh để hướng dẫn.")).isFalse();
  }
}
