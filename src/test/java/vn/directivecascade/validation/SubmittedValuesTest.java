package vn.directivecascade.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** What a submission's values are taken as: only real days, and table rows from a form's Json or a tool's lines. */
class SubmittedValuesTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Test
  void aDateIsTakenOnlyAsTheDayGiven() {
    assertThat(values("issueDate", "2027-01-15").requiredDate("issueDate")).isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(values("issueDate", "2028-02-29").requiredDate("issueDate")).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void aDayThatDoesNotExistIsRefusedNeverRolledOver() {
    assertRefused("2027-02-31", "ngày 31/02/2027 không có thật");
    assertRefused("2027-02-29", "ngày 29/02/2027 không có thật");
    assertRefused("2027-13-01", "ngày 01/13/2027 không có thật");
  }

  @Test
  void whatIsNotAnIsoDateIsRefusedNamingWhatWasSent() {
    assertRefused("1/15/2027", "'1/15/2027' không phải một ngày");
    assertRefused("15/01/2027", "'15/01/2027' không phải một ngày");
    // a date-time would be cut to a day that may not be the one meant (another time zone): refused, not cut
    assertRefused("2027-01-15T00:00:00.000+0000", "không phải một ngày");
  }

  @Test
  void aMissingRequiredDateIsNamedAsMissing() {
    SubmittedValues values = new SubmittedValues(new HashMap<>(), VIETNAM);
    assertThat(values.requiredDate("issueDate")).isNull();
    assertThatThrownBy(values::throwIfInvalid).isInstanceOfSatisfying(InvalidSubmissionException.class,
        refused -> assertThat(refused.errors()).containsEntry("issueDate", "bắt buộc nhập"));
  }

  @Test
  void aTableIsReadFromAFormsJsonRowsInColumnOrderSkippingBlankRows() {
    SubmittedValues values = values("planTargets", Spin.JSON("""
        [{"unit": "%", "content": "Doanh nghiệp đối thoại", "comparison": ">=", "value": "75"},
         {"content": "", "comparison": null, "value": "", "unit": ""},
         {"content": "Công đoàn cơ sở", "comparison": "=", "value": 100, "unit": "%", "note": "ignored"}]"""));
    List<TableRow> rows = values.table("planTargets", 20_000, "content", "comparison", "value", "unit");
    assertThat(rows).extracting(TableRow::line).containsExactly(1, 3);
    assertThat(rows.get(0).text(0)).isEqualTo("Doanh nghiệp đối thoại");
    assertThat(rows.get(0).text(3)).isEqualTo("%");
    assertThat(rows.get(1).text(2)).isEqualTo("100");
    assertThat(rows.get(1).size()).isEqualTo(4);
  }

  @Test
  void aTableCellMayHoldAList() {
    SubmittedValues values = values("planTasks", Spin.JSON("[{\"number\": \"1\", \"cooperators\": [\"lai-chau-stp\", \"lai-chau-syt\"]}]"));
    TableRow row = values.table("planTasks", 4000, "number", "cooperators").get(0);
    assertThat(row.texts(1)).containsExactly("lai-chau-stp", "lai-chau-syt");
    assertThat(row.text(1)).isEqualTo("lai-chau-stp; lai-chau-syt");
  }

  @Test
  void aToolsTextTableHasOneRowPerLineWithTheCellsItWrote() {
    SubmittedValues values = values("planTargets", "Doanh nghiệp | >= | 75 | %\n\nThiếu ô | >=");
    List<TableRow> rows = values.table("planTargets", 20_000, "content", "comparison", "value", "unit");
    assertThat(rows).extracting(TableRow::line).containsExactly(1, 3);
    assertThat(rows.get(0).text(2)).isEqualTo("75");
    assertThat(rows.get(1).size()).as("a line with fewer cells than columns is the caller's to refuse").isEqualTo(2);
  }

  @Test
  void aTableThatIsNoListIsRefused() {
    SubmittedValues values = values("planTargets", Spin.JSON("{\"content\": \"x\"}"));
    assertThat(values.table("planTargets", 20_000, "content")).isEmpty();
    assertThatThrownBy(values::throwIfInvalid).isInstanceOfSatisfying(InvalidSubmissionException.class,
        refused -> assertThat(refused.errors()).containsEntry("planTargets", "phải là danh sách các dòng"));
  }

  private static SubmittedValues values(String key, Object value) {
    Map<String, Object> values = new HashMap<>();
    values.put(key, value);
    return new SubmittedValues(values, VIETNAM);
  }

  private static void assertRefused(String sent, String message) {
    SubmittedValues values = values("issueDate", sent);
    assertThat(values.optionalDate("issueDate")).isNull();
    assertThatThrownBy(values::throwIfInvalid).isInstanceOfSatisfying(InvalidSubmissionException.class,
        refused -> assertThat(refused.errors().get("issueDate")).contains(message));
  }
}
