package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Vietnamese locale of each Camunda webapp against the English one shipped in the Camunda
 * version on the classpath: an upgrade that adds a label fails here instead of showing English.
 */
class WebappLocalesTest {

  /** Markup and placeholders the webapps fill in: a translation must keep every one. */
  private static final Pattern KEPT = Pattern.compile("\\{\\{.*?}}|%[sd]|\\$t\\(.*?\\)|</?(?:a|b|i|p|br|em|strong|span|code|pre|ul|ol|li|div|small|button)\\b[^>]*>");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishLabelOfTheShippedWebappHasItsVietnamese(String app) {
    Map<String, String> english = WebappLocales.flatten(WebappLocales.read(app, "en"));
    Map<String, String> vietnamese = WebappLocales.flatten(WebappLocales.read(app, "vi"));
    assertThat(vietnamese.keySet()).as("%s: keys of the shipped en.json missing from vi.json", app).containsAll(english.keySet());

    List<String> problems = new ArrayList<>();
    english.forEach((key, value) -> {
      String translated = vietnamese.get(key);
      if (key.startsWith("labels.") && translated.equals(value) && !WebappLocales.SAME_IN_BOTH.contains(value)) {
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
  void datesAreVietnamese(String app) {
    JsonNode dates = WebappLocales.read(app, "vi").get("dateLocales");
    assertThat(dates.get("months").get(0).asText()).isEqualTo("tháng 1");
    assertThat(dates.get("weekdays").get(0).asText()).isEqualTo("Chủ nhật");
    assertThat(dates.get("longDateFormat").get("L").asText()).isEqualTo("DD/MM/YYYY");
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
