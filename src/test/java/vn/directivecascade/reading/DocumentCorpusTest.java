package vn.directivecascade.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.directivecascade.demo.DemoOrganizations;
import vn.directivecascade.organization.OrganizationNames;

/**
 * Field-level accuracy of the reader on the corpus of real documents in
 * {@code src/test/resources/reading/corpus}: each text beside its expected reading, written by hand.
 * Every expected field counts once (a list item counts each of its fields); a field read where the
 * text says nothing, or a list item the text does not have, counts as one wrong field.
 */
class DocumentCorpusTest {

  static final Path CORPUS = Path.of("src/test/resources/reading/corpus");
  private static final double REQUIRED_ACCURACY = 0.95;
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final List<String> SCALARS = List.of("numberSymbol", "documentType", "issuer", "issuerCode", "place", "issueDate", "title");

  static OrganizationNames demoTree() {
    return OrganizationNames.of(DemoOrganizations.TREE.stream()
        .map(entry -> new OrganizationNames.Entry(entry.code(), entry.name(), entry.parentCode())).toList());
  }

  /** The tally of one document: fields right, fields counted, and what was wrong. */
  static final class Score {
    int right;
    int total;
    final List<String> wrong = new ArrayList<>();

    void field(String name, JsonNode expected, JsonNode actual) {
      total++;
      if (same(expected, actual)) {
        right++;
      } else {
        wrong.add(name + ": expected " + expected + ", read " + actual);
      }
    }

    void extra(String name, JsonNode actual) {
      total++;
      wrong.add(name + ": not in the text, read " + actual);
    }
  }

  @Test
  void readsTheCorpusWithTheRequiredFieldLevelAccuracy() throws IOException {
    OrganizationNames tree = demoTree();
    List<Path> documents;
    try (Stream<Path> files = Files.list(CORPUS)) {
      documents = files.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(documents).as("documents in the corpus").hasSizeGreaterThanOrEqualTo(12);
    int right = 0;
    int total = 0;
    StringBuilder report = new StringBuilder();
    for (Path text : documents) {
      JsonNode expected = JSON.readTree(Files.readString(Path.of(text.toString().replaceFirst("\\.txt$", ".json")), StandardCharsets.UTF_8));
      JsonNode actual = JSON.valueToTree(DocumentReader.read(Files.readString(text, StandardCharsets.UTF_8), tree));
      Score score = score(expected, actual);
      right += score.right;
      total += score.total;
      report.append(String.format(Locale.ROOT, "%-60s %3d/%3d%n", text.getFileName(), score.right, score.total));
      score.wrong.forEach(wrong -> report.append("    ").append(wrong).append('\n'));
    }
    double accuracy = (double) right / total;
    report.append(String.format(Locale.ROOT, "field-level accuracy: %d/%d = %.1f %%%n", right, total, 100 * accuracy));
    System.out.println(report);
    assertThat(accuracy).as(report.toString()).isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
  }

  static Score score(JsonNode expected, JsonNode actual) {
    Score score = new Score();
    SCALARS.forEach(field -> score.field(field, expected.get(field), actual.get(field)));
    JsonNode expectedSignatory = expected.get("signatory");
    JsonNode actualSignatory = actual.get("signatory");
    if (expectedSignatory == null || expectedSignatory.isNull()) {
      score.field("signatory", expectedSignatory, actualSignatory);
    } else {
      for (String field : List.of("name", "capacity", "position")) {
        score.field("signatory." + field, expectedSignatory.get(field), actualSignatory == null ? null : actualSignatory.get(field));
      }
    }
    items(score, "basis", expected.get("basis"), actual.get("basis"), List.of("numberSymbol", "documentType", "issuer", "date", "relation"),
        "numberSymbol");
    items(score, "reporting", expected.get("reporting"), actual.get("reporting"), List.of("reporters", "reporterCodes", "recipient",
        "recipientCode", "via", "viaCode", "period", "dueDayMonth", "dueMonth", "dueDay", "dueDate"), null);
    items(score, "recipients", expected.get("recipients"), actual.get("recipients"), List.of("name", "role", "codes"), "name");
    items(score, "tasks", expected.get("tasks"), actual.get("tasks"), List.of("number", "content", "lead", "cooperators", "product",
        "timeFrame", "note"), null);
    return score;
  }

  /**
   * Pairs expected and read items (by {@code key} when given, else the read item that agrees on most
   * fields, in order) and scores each expected item's fields; read items left over are extras.
   */
  private static void items(Score score, String list, JsonNode expected, JsonNode actual, List<String> fields, String key) {
    List<JsonNode> unmatched = new ArrayList<>();
    if (actual != null) {
      actual.forEach(unmatched::add);
    }
    int index = 0;
    for (JsonNode item : expected == null ? List.<JsonNode>of() : iterable(expected)) {
      JsonNode partner = null;
      int best = -1;
      for (JsonNode candidate : unmatched) {
        int agree = key != null ? (same(item.get(key), candidate.get(key)) ? fields.size() : -1)
            : (int) fields.stream().filter(field -> same(item.get(field), candidate.get(field))).count();
        if (agree > best && agree > 0) {
          best = agree;
          partner = candidate;
        }
      }
      if (partner != null) {
        unmatched.remove(partner);
      }
      String name = list + "[" + index++ + "]";
      for (String field : fields) {
        score.field(name + "." + field, item.get(field), partner == null ? null : partner.get(field));
      }
    }
    unmatched.forEach(extra -> score.extra(list + "+", extra));
  }

  private static List<JsonNode> iterable(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  /** Equal after folding case, spaces, dashes, tone-mark style and end punctuation; lists of text as sets. */
  static boolean same(JsonNode expected, JsonNode actual) {
    boolean expectedAbsent = absent(expected);
    boolean actualAbsent = absent(actual);
    if (expectedAbsent || actualAbsent) {
      return expectedAbsent && actualAbsent;
    }
    if (expected.isArray() && actual.isArray()) {
      TreeSet<String> left = new TreeSet<>();
      TreeSet<String> right = new TreeSet<>();
      expected.forEach(item -> left.add(folded(item.isTextual() ? item.asText() : item.toString())));
      actual.forEach(item -> right.add(folded(item.isTextual() ? item.asText() : item.toString())));
      return left.equals(right);
    }
    return folded(expected.asText()).equals(folded(actual.asText()));
  }

  private static boolean absent(JsonNode node) {
    return node == null || node.isNull() || node.isArray() && node.isEmpty() || node.isTextual() && node.asText().isBlank();
  }

  private static String folded(String text) {
    return DocumentLines.folded(text).replaceAll("\\s*[-–—]\\s*", " - ").replaceAll("\\s*([,;&/])\\s*", "$1 ")
        .replaceAll("^[\\s\"'“”(]+|[\\s.;:,\"'“”)]+$", "").replaceAll("\\s+", " ");
  }
}
