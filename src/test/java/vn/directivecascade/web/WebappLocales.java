package vn.directivecascade.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.core.io.ClassPathResource;

/** A Camunda webapp's locale files on the classpath: the shipped en.json and our vi.json. */
final class WebappLocales {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  /** Values that are the same in both languages: product names, identifiers, operators, markers. */
  static final Set<String> SAME_IN_BOTH = Set.of("", "Admin", "Camunda", "Camunda Cockpit", "Cockpit", "Tasklist",
      "Optimize", "ID", "ID*", "CSV", "JSON", "null", "<null>", "<undefined>", "<", "<=", ">", ">=", "YYYY-MM-DDTHH:mm:ss",
      "requestPayload");
  private static final ObjectMapper JSON = new ObjectMapper();

  private WebappLocales() {
  }

  static JsonNode read(String app, String locale) {
    try (InputStream in = new ClassPathResource(LOCALES.formatted(app, locale)).getInputStream()) {
      return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
    } catch (IOException e) {
      throw new UncheckedIOException(app + "/" + locale + ".json", e);
    }
  }

  /** "labels.KEY" → value, "dateLocales.months[0]" → value, … */
  static Map<String, String> flatten(JsonNode node) {
    Map<String, String> flat = new TreeMap<>();
    flatten("", node, flat);
    return flat;
  }

  /** The English labels of the app that read differently in Vietnamese: none of them may be left on a page. */
  static Set<String> englishOnly(String app) {
    Map<String, String> english = flatten(read(app, "en"));
    Map<String, String> vietnamese = flatten(read(app, "vi"));
    Set<String> labels = new TreeSet<>();
    english.forEach((key, value) -> {
      String label = value.trim();
      if (key.startsWith("labels.") && !label.equals(vietnamese.getOrDefault(key, "").trim()) && !SAME_IN_BOTH.contains(label)
          && label.chars().anyMatch(Character::isLetter)) {
        labels.add(label);
      }
    });
    return labels;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> flat) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), flat);
      }
    } else if (node.isArray()) {
      for (int index = 0; index < node.size(); index++) {
        flatten(path + "[" + index + "]", node.get(index), flat);
      }
    } else {
      flat.put(path, node.asText());
    }
  }
}
