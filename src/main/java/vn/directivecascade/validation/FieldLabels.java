package vn.directivecascade.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The Vietnamese name of each submitted field ({@code field-labels.properties}): what a refusal
 * names, and what the Tasklist forms show as their labels, so a message and the form it answers
 * always say the same.
 */
@Component
public class FieldLabels {

  private static final String RESOURCE = "/field-labels.properties";

  private final Map<String, String> labels;

  public FieldLabels() {
    Properties properties = new Properties();
    try (InputStream in = FieldLabels.class.getResourceAsStream(RESOURCE)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> read = new LinkedHashMap<>();
    properties.stringPropertyNames().stream().sorted().forEach(key -> read.put(key, properties.getProperty(key)));
    this.labels = Collections.unmodifiableMap(read);
  }

  /** Every field's label by its key (the process variable). */
  public Map<String, String> all() {
    return labels;
  }

  /** The field's label; a field without one (a tool's own variable) is named by its key. */
  public String of(String key) {
    return labels.getOrDefault(key, key);
  }

  /**
   * The refusal as one readable sentence per field: "Ngày ban hành kế hoạch: ngày 08/12/2026 chưa
   * tới. Trích yếu kế hoạch: bắt buộc nhập."
   */
  public String describe(Map<String, String> errors) {
    return errors.entrySet().stream().map(error -> of(error.getKey()) + ": " + sentence(error.getValue()))
        .collect(Collectors.joining(" "));
  }

  private static String sentence(String message) {
    String text = message.strip();
    return text.endsWith(".") ? text : text + ".";
  }
}
