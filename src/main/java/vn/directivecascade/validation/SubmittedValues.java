package vn.directivecascade.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads the variables of a start or task completion, whoever sent them (Tasklist form, REST
 * client, Java API), and collects every problem so the caller gets them all in one error.
 */
public class SubmittedValues {

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

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
      reject(key, "bắt buộc nhập");
    }
    return date;
  }

  /**
   * A date as the forms send it ("2020-05-12", the contract's ISO date) or as a Date variable. Only
   * a calendar date is taken: 31/02 is refused, never rolled over into March, and a date with a
   * time of day is refused rather than cut, so what is stored is the day the person gave.
   */
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
    String text = value.toString().strip();
    Matcher iso = ISO_DATE.matcher(text);
    if (!iso.matches()) {
      reject(key, "'" + text + "' không phải một ngày (cần năm-tháng-ngày, ví dụ 2027-01-15)");
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
    } catch (DateTimeException e) {
      reject(key, "ngày " + iso.group(3) + "/" + iso.group(2) + "/" + iso.group(1) + " không có thật");
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

  /**
   * The rows of a table field with {@code columns}: a Json array of objects, one property per column
   * (the forms' repeating rows), or, for tools, text with one row per line and its cells parted by
   * "|". Blank rows are skipped; a row keeps its position (1-based) for messages.
   */
  public List<TableRow> table(String key, int maxLength, String... columns) {
    Object value = values.get(key);
    if (value == null || value instanceof SpinJsonNode || !(value instanceof String)) {
      return jsonTable(key, value, columns);
    }
    String text = optionalText(key, maxLength);
    return text == null ? List.of() : TableRow.lines(text);
  }

  private List<TableRow> jsonTable(String key, Object value, String[] columns) {
    if (value == null) {
      return List.of();
    }
    List<TableRow> rows = new ArrayList<>();
    try {
      SpinJsonNode json = value instanceof SpinJsonNode node ? node : Spin.JSON(value);
      if (!json.isArray()) {
        reject(key, "phải là danh sách các dòng");
        return List.of();
      }
      int line = 0;
      for (SpinJsonNode element : json.elements()) {
        line++;
        if (!element.isObject()) {
          reject(key, "dòng " + line + " không đọc được");
          continue;
        }
        TableRow row = TableRow.ofJson(line, element, columns);
        if (!row.isBlank()) {
          rows.add(row);
        }
      }
    } catch (RuntimeException e) {
      reject(key, "phải là danh sách các dòng");
      return List.of();
    }
    return rows;
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
