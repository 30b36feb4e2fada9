package vn.directivecascade.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A refusal reads as sentences naming each field as its form labels it. */
class FieldLabelsTest {

  private final FieldLabels labels = new FieldLabels();

  @Test
  void eachFieldIsNamedByItsLabelInOneSentenceEach() {
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put("planIssueDate", "ngày 31/02/2027 không có thật");
    errors.put("planTitle", "bắt buộc nhập.");
    assertThat(labels.describe(errors))
        .isEqualTo("Ngày ban hành kế hoạch: ngày 31/02/2027 không có thật. Trích yếu kế hoạch: bắt buộc nhập.");
  }

  @Test
  void aToolsOwnVariableWithoutALabelIsNamedByItsKey() {
    assertThat(labels.of("someToolsVariable")).isEqualTo("someToolsVariable");
    assertThat(labels.of("orgCode")).isEqualTo("Đơn vị nhận để triển khai");
  }
}
