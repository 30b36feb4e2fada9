package vn.directivecascade.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The national-scale benchmark's results: target/benchmark/national-scale.json (every figure),
 * national-scale.md (the tables docs/benchmarks.md keeps) and national-scale-throughput.svg
 * (transactions and task completions per second over the run, the measured scenarios shaded).
 */
final class ScaleReport {

  static final Path DIRECTORY = Path.of("target", "benchmark");
  static final List<String> SCENARIOS = List.of("S1", "S2", "S4");
  private static final int WIDTH = 960;
  private static final int HEIGHT = 360;
  private static final int MARGIN = 50;

  private final Map<String, Object> results;
  private final List<RunRecorder.Sample> samples;

  ScaleReport(Map<String, Object> results, List<RunRecorder.Sample> samples) {
    this.results = results;
    this.samples = samples;
  }

  void write() throws IOException {
    Files.createDirectories(DIRECTORY);
    Files.writeString(DIRECTORY.resolve("national-scale.json"),
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("results", results, "samples", samples)));
    String markdown = markdown();
    Files.writeString(DIRECTORY.resolve("national-scale.md"), markdown);
    Files.writeString(DIRECTORY.resolve("national-scale-throughput.svg"), chart());
    System.out.println(markdown);
  }

  @SuppressWarnings("unchecked")
  private String markdown() {
    Map<String, Map<String, Object>> scenarios = (Map<String, Map<String, Object>>) results.get("scenarios");
    StringBuilder md = new StringBuilder();
    md.append("| scenario | project s | baseline s | project / baseline | SQL statements per organisation (project / baseline)"
        + " | transactions per organisation (project / baseline) | peak heap MiB (project / baseline) |\n|---|---|---|---|---|---|---|\n");
    double projectS1S2 = 0;
    double baselineS1S2 = 0;
    for (String scenario : SCENARIOS) {
      Map<String, Object> project = scenarios.get(scenario + " project");
      Map<String, Object> baseline = scenarios.get(scenario + " baseline");
      double projectSeconds = (Double) project.get("seconds");
      double baselineSeconds = (Double) baseline.get("seconds");
      if (!scenario.equals("S4")) {
        projectS1S2 += projectSeconds;
        baselineS1S2 += baselineSeconds;
      }
      md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %s / %s | %s / %s | %s / %s |%n", scenario, projectSeconds,
          baselineSeconds, projectSeconds / baselineSeconds, project.get("sqlStatementsPerOrganisation"), baseline.get("sqlStatementsPerOrganisation"),
          project.get("transactionsPerOrganisation"), baseline.get("transactionsPerOrganisation"), project.get("peakHeapMiB"), baseline.get("peakHeapMiB")));
    }
    md.append(String.format(Locale.ROOT, "| S1 + S2 | %.1f | %.1f | %.2f | | | |%n", projectS1S2, baselineS1S2, projectS1S2 / baselineS1S2));

    md.append("\n| S3: open tasks | query | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
    List<String> stages = List.of("S3 with the units drafting", "S3 with the backlog");
    for (String stage : stages) {
      Map<String, Object> timings = (Map<String, Object>) results.get(stage);
      timings.forEach((query, timing) -> {
        if (timing instanceof Map<?, ?> latency) {
          md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s |%n", (Long) timings.get("openTasks"), query,
              latency.get("p50"), latency.get("p95"), latency.get("p99"), latency.get("max")));
        }
      });
    }
    md.append('\n');
    for (String stage : stages) {
      ((Map<String, Object>) results.get(stage)).forEach((key, value) -> {
        if (key.endsWith("tasks listed")) {
          md.append("- ").append(stage).append(", ").append(key).append(": ").append(value).append('\n');
        }
      });
    }
    ((Map<String, Object>) results.get("checks")).forEach((check, value) -> md.append("- ").append(check).append(": ").append(value).append('\n'));
    results.forEach((key, value) -> {
      if (!(value instanceof Map)) {
        md.append("- ").append(key).append(": ").append(value).append('\n');
      }
    });
    return md.toString();
  }

  /** Per-second rates between samples, as an SVG line chart with the measured scenarios shaded and named. */
  private String chart() {
    double duration = samples.isEmpty() ? 1 : Math.max(1, samples.get(samples.size() - 1).seconds());
    List<double[]> transactions = rates(RunRecorder.Sample::transactions);
    List<double[]> tasks = rates(RunRecorder.Sample::tasksCompleted);
    double top = Math.max(1, transactions.stream().mapToDouble(point -> point[1]).max().orElse(1));
    double xScale = (WIDTH - 2.0 * MARGIN) / duration;
    double yScale = (HEIGHT - 2.0 * MARGIN) / top;
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n"
            + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", WIDTH, HEIGHT));
    String scenario = null;
    double from = 0;
    for (RunRecorder.Sample sample : samples) {
      if (!Objects.equals(sample.scenario(), scenario)) {
        band(svg, scenario, from, sample.seconds(), xScale);
        scenario = sample.scenario();
        from = sample.seconds();
      }
    }
    band(svg, scenario, from, duration, xScale);
    svg.append(polyline(transactions, xScale, yScale, "#1f5fa8"));
    svg.append(polyline(tasks, xScale, yScale, "#d9822b"));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", MARGIN, HEIGHT - MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", MARGIN, MARGIN, MARGIN, HEIGHT - MARGIN));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%.0f/s</text>%n", 4, MARGIN + 4, top));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">0</text>%n", MARGIN - 14, HEIGHT - MARGIN + 4));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f s</text>%n", WIDTH - MARGIN, HEIGHT - MARGIN + 16, duration));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#1f5fa8\">database transactions per second</text>%n", MARGIN, 20));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#d9822b\">user tasks completed per second</text>%n", MARGIN + 260, 20));
    return svg.append("</svg>\n").toString();
  }

  private List<double[]> rates(ToLongFunction<RunRecorder.Sample> counter) {
    List<double[]> points = new ArrayList<>();
    for (int i = 1; i < samples.size(); i++) {
      RunRecorder.Sample previous = samples.get(i - 1);
      RunRecorder.Sample sample = samples.get(i);
      double seconds = sample.seconds() - previous.seconds();
      points.add(new double[] {sample.seconds(), (counter.applyAsLong(sample) - counter.applyAsLong(previous)) / Math.max(seconds, 0.001)});
    }
    return points;
  }

  private static void band(StringBuilder svg, String scenario, double from, double to, double xScale) {
    if (scenario == null || to <= from) {
      return;
    }
    double x = MARGIN + from * xScale;
    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n", x, MARGIN,
        (to - from) * xScale, HEIGHT - 2 * MARGIN, scenario.endsWith("baseline") ? "#eeeeee" : "#e3f0e3"));
    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" transform=\"rotate(-90 %.1f %d)\">%s</text>%n", x + 12, HEIGHT - MARGIN - 4,
        x + 12, HEIGHT - MARGIN - 4, scenario));
  }

  private static String polyline(List<double[]> points, double xScale, double yScale, String colour) {
    StringBuilder line = new StringBuilder("<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"1.2\" points=\"");
    for (double[] point : points) {
      line.append(String.format(Locale.ROOT, "%.1f,%.1f ", MARGIN + point[0] * xScale, HEIGHT - MARGIN - point[1] * yScale));
    }
    return line.append("\"/>\n").toString();
  }
}
