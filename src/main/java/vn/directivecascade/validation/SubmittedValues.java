package vn.directivecascade.validation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads the variables of a start or task completion, whoever sent them (Tasklist form, REST
 * client, Java API), and collects every problem so the caller gets them all in one error.
 */
public class SubmittedValues {

  private final Map<String, Object> values;
  private final ZoneId zone;
  private final Map<String, String> errors = new LinkedHashMap<>();

  public SubmittedValues(Map<String, Object> values, ZoneId zone) {
    this.values = values;
    this.zone = zone;
  }

  public String requiredText(String key, int maxLength) {
    String text = optionalText(key, maxLength);
    if (text == null && !errors.containsKey(key)) {
      reject(key, "bắt buộc nhập");
    }
    return text;
  }

  public String optionalText(String key, int maxLength) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      reject(key, "phải là chuỗi ký tự");
      return null;
    }
    String trimmed = text.strip();
    if (trimmed.length() > maxLength) {
      reject(key, "dài quá " + maxLength + " ký tự");
      return null;
    }
    return trimmed.isEmpty() ? null : trimmed;
  }

  public LocalDate requiredDate(String key) {
    LocalDate date = optionalDate(key);
    if (date == null && !errors.containsKey(key)) {
      reject(key, "bắt buộc nhập ngày (yyyy-MM-dd)");
    }
    return date;
  }

  /** A date as Camunda Forms send it ("2020-05-12") or as a Date variable. */
  public LocalDate optionalDate(String key) {
    Object value = values.get(key);
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    try {
      String text = value.toString().strip();
      // Forms may send a date-time; the date part is what counts.
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      reject(key, "ngày không hợp lệ: '" + value + "' (định dạng yyyy-MM-dd)");
      return null;
    }
  }

  public <E extends Enum<E>> E requiredEnum(String key, Class<E> type) {
    E value = optionalEnum(key, type);
    if (value == null && !errors.containsKey(key)) {
      reject(key, "bắt buộc chọn");
    }
    return value;
  }

  public <E extends Enum<E>> E optionalEnum(String key, Class<E> type) {
    String text = optionalText(key, 50);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      reject(key, "giá trị không hợp lệ: '" + text + "'");
      return null;
    }
  }

  /** A list of codes: a Json array (Camunda Forms checklist), a Java collection or JSON text. */
  public List<String> codeList(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    Set<String> codes = new LinkedHashSet<>();
    try {
      if (value instanceof Collection<?> collection) {
        collection.forEach(element -> codes.add(String.valueOf(element)));
      } else {
        SpinJsonNode json = value instanceof SpinJsonNode node ? node : Spin.JSON(value.toString());
        if (!json.isArray()) {
          reject(key, "phải là danh sách mã đơn vị");
          return List.of();
        }
        for (SpinJsonNode element : json.elements()) {
          codes.add(element.isString() ? element.stringValue() : element.toString());
        }
      }
    } catch (RuntimeException e) {
      reject(key, "phải là danh sách mã đơn vị (mảng JSON)");
      return List.of();
    }
    return new ArrayList<>(codes);
  }

  public void reject(String key, String message) {
    errors.merge(key, message, (first, second) -> first + "; " + second);
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
  }
}
