package vn.directivecascade.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Times a request repeated after a warm-up: p50, p95, p99 and the slowest, in milliseconds. */
final class Latencies {

  static final int WARM_UP = 5;

  private Latencies() {
  }

  static Map<String, Object> measure(int samples, Runnable request) {
    for (int i = 0; i < WARM_UP; i++) {
      request.run();
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      request.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    millis.sort(Double::compare);
    Map<String, Object> timing = new LinkedHashMap<>();
    timing.put("samples", samples);
    timing.put("p50", round(percentile(millis, 50)));
    timing.put("p95", round(percentile(millis, 95)));
    timing.put("p99", round(percentile(millis, 99)));
    timing.put("max", round(millis.get(millis.size() - 1)));
    return timing;
  }

  static double seconds(long sinceNanos) {
    return Math.round((System.nanoTime() - sinceNanos) / 1e8) / 10.0;
  }

  private static double percentile(List<Double> sorted, int percent) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
  }

  private static double round(double millis) {
    return Math.round(millis * 10) / 10.0;
  }
}
