package vn.directivecascade.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.directivecascade.reading.DocumentReading.Basis;
import vn.directivecascade.reading.DocumentReading.Period;
import vn.directivecascade.reading.DocumentReading.Relation;
import vn.directivecascade.reading.DocumentReading.Reporting;

/** Rules of the reader across blocks of a document, each on a short text written the way documents write it. */
class DocumentReaderTest {

  /** The header of a plan of the province, down to its type word; its title and body follow. */
  private static final String LAI_CHAU_PLAN = """
      ỦY BAN NHÂN DÂN
      TỈNH LAI CHÂU
      Số: 30/KH-UBND
      Lai Châu, ngày 05 tháng 02 năm 2025
      KẾ HOẠCH
      """;

  private static DocumentReading read(String text) {
    return DocumentReader.read(text, DocumentCorpusTest.demoTree());
  }

  @Test
  void aListLedInBySayingWhereTheReportsGoReportsThereEachItem() {
    DocumentReading reading = read("""
        Các cơ quan, đơn vị báo cáo gửi UBND tỉnh (thông qua Sở Nội vụ) như sau:
        - Báo cáo quý gửi trước ngày 15 của tháng cuối quý;
        - Báo cáo năm gửi trước ngày 25/11 hàng năm.
        Các đơn vị chủ động triển khai, báo cáo đột xuất khi có yêu cầu.
        """);
    assertThat(reading.reporting()).extracting(Reporting::period).containsExactly(Period.quarterly, Period.annual, Period.other);
    assertThat(reading.reporting()).extracting(Reporting::recipient).containsExactly("UBND tỉnh", "UBND tỉnh", null);
    assertThat(reading.reporting()).extracting(Reporting::via).containsExactly("Sở Nội vụ", "Sở Nội vụ", null);
  }

  @Test
  void aNumberedLeadInNamingTheReportersGivesTheItemsTheirReportersToo() {
    DocumentReading reading = read(LAI_CHAU_PLAN + """
        Triển khai chế độ báo cáo định kỳ năm 2025
        III. TỔ CHỨC THỰC HIỆN
        1. Các sở, ban, ngành báo cáo UBND tỉnh (qua Sở Nội vụ) như sau:
        - Báo cáo tháng gửi trước ngày 15 của tháng;
        - Báo cáo năm gửi trước ngày 25/11 hàng năm.
        """);
    assertThat(reading.reporting()).extracting(Reporting::period).containsExactly(Period.monthly, Period.annual);
    assertThat(reading.reporting()).allSatisfy(item -> {
      assertThat(item.reporters()).containsExactly("Các sở, ban, ngành");
      assertThat(item.reporterCodes()).contains("lai-chau-syt", "lai-chau-snv");
      assertThat(item.recipientCode()).isEqualTo("lai-chau");
      assertThat(item.viaCode()).isEqualTo("lai-chau-snv");
    });
  }

  @Test
  void aHeaderThatLostItsTypeWordAndItsProvinceIsCompletedFromTheSymbolAndTheAuthorityLine() {
    DocumentReading reading = read("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 41/2019/QĐ-UBND | Phan Rang-Tháp Chàm, ngày 22 tháng 10 năm 2019 |
        BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ
        ỦY BAN NHÂN DÂN TỈNH NINH THUẬN
        Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Quy định chế độ báo cáo định kỳ.
        Nơi nhận:
        - Như Điều 3; | TM. ỦY BAN NHÂN DÂN |
        """);
    assertThat(reading.documentType()).isEqualTo("Quyết định");
    assertThat(reading.title()).isEqualTo("BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ");
    assertThat(reading.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Ninh Thuận");
    assertThat(reading.place()).isEqualTo("Phan Rang-Tháp Chàm");
    assertThat(reading.issueDate()).isEqualTo(LocalDate.of(2019, 10, 22));
    assertThat(reading.recipients()).extracting(DocumentReading.RecipientLine::name).containsExactly("Như Điều 3");
    assertThat(reading.signatory().capacity()).isEqualTo("TM");
  }

  @Test
  void aWholeDocumentRunIntoOneLineIsBrokenWhereItsLinesStart() {
    DocumentReading reading = read("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc "
        + "Số: 21/2025/QĐ-UBND Lai Châu, ngày 14 tháng 3 năm 2025 QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN "
        + "TỈNH LAI CHÂU ỦY BAN NHÂN DÂN TỈNH LAI CHÂU Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy "
        + "định về chế độ báo cáo; QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy định chế độ báo cáo định kỳ. Điều 2. Sở Y tế "
        + "báo cáo UBND tỉnh trước ngày 15/12 hằng năm. Nơi nhận: Như Điều 2; Thường trực Tỉnh ủy; Các sở, ban, ngành; Lưu: VT. "
        + "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Giàng A Tính");
    assertThat(reading.numberSymbol()).isEqualTo("21/2025/QĐ-UBND");
    assertThat(reading.issuerCode()).isEqualTo("lai-chau");
    assertThat(reading.issueDate()).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(reading.title()).isEqualTo("BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH LAI CHÂU");
    assertThat(reading.basis()).extracting(Basis::numberSymbol).containsExactly("09/2019/NĐ-CP");
    assertThat(reading.reporting()).extracting(Reporting::reporterCodes, Reporting::dueDayMonth)
        .containsExactly(tuple(List.of("lai-chau-syt"), List.of("15/12")));
    assertThat(reading.recipients()).extracting(DocumentReading.RecipientLine::name)
        .containsExactly("Như Điều 2", "Thường trực Tỉnh ủy", "Các sở, ban, ngành");
    assertThat(reading.signatory()).isEqualTo(new DocumentReading.Signatory("Giàng A Tính", "KT", "PHÓ CHỦ TỊCH"));
  }

  @Test
  void aSymbolWithItsYearIsALegalDocumentsEvenWhenItsHyphenIsLost() {
    assertThat(HeaderBlock.typeOfSymbol("46/2019/QĐUBND")).isEqualTo("Quyết định");
    assertThat(HeaderBlock.typeOfSymbol("46/2019/XYZ")).as("a year-bearing symbol is never a letter's").isNull();
    assertThat(HeaderBlock.typeOfSymbol("2539/UBND-SNV")).isEqualTo("Công văn");
    assertThat(HeaderBlock.typeOfSymbol("15/2020/TT-BTC")).isEqualTo("Thông tư");
  }

  @Test
  void aDocumentCitedInTheCapitalsOfTheTitleKeepsTheSpellingOfTheSentenceAndTheIssuerWithItsComma() {
    DocumentReading reading = read(LAI_CHAU_PLAN + """
        TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG NGÀY 30/5/2014 CỦA THỦ TƯỚNG CHÍNHPHỦ
        Căn cứ Quyết định số 34/2014/QĐ-TTg ngày 30/5/2014 của Thủ tướng Chính phủ về tiêu chuẩn xã phù hợp với trẻ em;
        Thực hiện Công văn số 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã hội về việc triển khai Quyết định;
        I. MỤC ĐÍCH, YÊU CẦU
        """);
    assertThat(reading.basis()).extracting(Basis::numberSymbol, Basis::issuer, Basis::relation, Basis::date).containsExactly(
        tuple("34/2014/QĐ-TTg", "Thủ tướng Chính phủ", Relation.IMPLEMENTS, LocalDate.of(2014, 5, 30)),
        tuple("2928/LĐTBXH-BVCSTE", "Bộ Lao động, Thương binh và Xã hội", Relation.IMPLEMENTS,
            LocalDate.of(2014, 8, 12)));
    assertThat(reading.basis().get(0).source()).as("both the title and the sentence it was read from")
        .contains("THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG").contains("Căn cứ Quyết định số 34/2014/QĐ-TTg");
  }
}
