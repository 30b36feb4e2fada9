package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every label of our pages comes from the bundles, in Vietnamese and in English: no key is missing
 * from either language, and every key a template names exists.
 */
class MessageBundlesTest {

  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  /** #{board.title} and #{board.progress.of(...)}; keys built at run time (#{${...}}) are not literal. */
  static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)");

  @Test
  void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(bundle("messages_en.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
  }

  @Test
  void everyKeyATemplateNamesExists() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> templates = Files.walk(TEMPLATES)) {
      for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
        Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
        while (key.find()) {
          used.add(key.group(1));
        }
      }
    }
    assertThat(used).as("keys named in templates").hasSizeGreaterThan(50);
    assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
