package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Our Vietnamese locale of each Camunda webapp against the English one shipped in the Camunda
 * version on the classpath: an upgrade that adds a label fails here instead of showing English.
 */
class WebappLocalesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  /** Markup and placeholders the webapps fill in: a translation must keep every one. */
  private static final Pattern KEPT = Pattern.compile("\\{\\{.*?}}|%[sd]|\\$t\\(.*?\\)|</?(?:a|b|i|p|br|em|strong|span|code|pre|ul|ol|li|div|small|button)\\b[^>]*>");
  /** Values that are the same in both languages: product names, identifiers, operators, markers. */
  private static final Set<String> SAME_IN_BOTH = Set.of("", "Admin", "Camunda", "Camunda Cockpit", "Cockpit", "Tasklist",
      "Optimize", "ID", "ID*", "CSV", "JSON", "null", "<null>", "<undefined>", "<", "<=", ">", ">=", "YYYY-MM-DDTHH:mm:ss",
      "requestPayload");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishLabelOfTheShippedWebappHasItsVietnamese(String app) throws IOException {
    Map<String, String> english = flatten(read(app, "en"));
    Map<String, String> vietnamese = flatten(read(app, "vi"));
    assertThat(vietnamese.keySet()).as("%s: keys of the shipped en.json missing from vi.json", app).containsAll(english.keySet());

    List<String> problems = new ArrayList<>();
    english.forEach((key, value) -> {
      String translated = vietnamese.get(key);
      if (key.startsWith("labels.") && translated.equals(value) && !SAME_IN_BOTH.contains(value)) {
        problems.add(key + ": left in English: " + value);
      }
      List<String> kept = kept(value);
      if (!kept(translated).containsAll(kept)) {
        problems.add(key + ": lost " + kept + " in '" + translated + "'");
      }
    });
    assertThat(problems).as("%s: labels not translated, or placeholders and markup lost", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesAreVietnamese(String app) throws IOException {
    JsonNode dates = read(app, "vi").get("dateLocales");
    assertThat(dates.get("months").get(0).asText()).isEqualTo("tháng 1");
    assertThat(dates.get("weekdays").get(0).asText()).isEqualTo("Chủ nhật");
    assertThat(dates.get("longDateFormat").get("L").asText()).isEqualTo("DD/MM/YYYY");
  }

  private JsonNode read(String app, String locale) throws IOException {
    try (InputStream in = new ClassPathResource(LOCALES.formatted(app, locale)).getInputStream()) {
      byte[] bytes = in.readAllBytes();
      String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
      return json.readTree(text);
    }
  }

  /** "labels.KEY" → value, "dateLocales.months[0]" → value, … */
  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> flat = new TreeMap<>();
    flatten("", node, flat);
    return flat;
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

  private static List<String> kept(String value) {
    List<String> found = new ArrayList<>();
    Matcher matcher = KEPT.matcher(value);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
