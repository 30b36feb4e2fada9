package vn.directivecascade.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Measures the scenarios of a run: wall time, SQL statements and transactions, peak heap; and samples
 * the whole run every {@link #SAMPLE_SECONDS} seconds for the throughput chart.
 */
final class RunRecorder implements AutoCloseable {

  static final int SAMPLE_SECONDS = 2;

  /** The counters at one moment of the run; {@code scenario} is the one being measured then, or null. */
  record Sample(double seconds, String scenario, long tasksCompleted, long transactions) {
  }

  /** One scenario's measurement; it may be paused while something else is measured in between. */
  final class Scenario {
    private final String name;
    private long nanos;
    private long statements;
    private long transactions;
    private long runningSince;
    private long statementsSince;
    private long transactionsSince;
    private final Map<String, Long> byStatementAtStart = sql.byStatement();

    private Scenario(String name) {
      this.name = name;
      resetPeakHeap();
      resume();
    }

    void pause() {
      nanos += System.nanoTime() - runningSince;
      statements += sql.statements() - statementsSince;
      transactions += sql.transactions() - transactionsSince;
      current = null;
    }

    void resume() {
      runningSince = System.nanoTime();
      statementsSince = sql.statements();
      transactionsSince = sql.transactions();
      current = name;
    }

    /** Its figures, per organisation of the tree too. */
    Map<String, Object> finish(int organisations) {
      pause();
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("seconds", Math.round(nanos / 1e8) / 10.0);
      figures.put("sqlStatements", statements);
      figures.put("transactions", transactions);
      figures.put("sqlStatementsPerOrganisation", Math.round(10.0 * statements / organisations) / 10.0);
      figures.put("transactionsPerOrganisation", Math.round(10.0 * transactions / organisations) / 10.0);
      figures.put("peakHeapMiB", peakHeapMiB());
      if (SqlCounter.PROFILE) {
        figures.put("mostFrequentStatements", mostFrequentStatements(organisations));
      }
      return figures;
    }

    /** Statements run per organisation in the scenario (pauses included), the 25 most frequent. */
    private Map<String, Double> mostFrequentStatements(int organisations) {
      Map<String, Double> perOrganisation = new LinkedHashMap<>();
      sql.byStatement().entrySet().stream()
          .map(entry -> Map.entry(entry.getKey(), entry.getValue() - byStatementAtStart.getOrDefault(entry.getKey(), 0L)))
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
          .forEach(entry -> perOrganisation.put(entry.getKey().replaceAll("\\s+", " "), Math.round(100.0 * entry.getValue() / organisations) / 100.0));
      return perOrganisation;
    }
  }

  private final SqlCounter sql;
  private final LongSupplier tasksCompleted;
  private final long started = System.nanoTime();
  private final List<Sample> samples = new ArrayList<>();
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
  private volatile String current;

  RunRecorder(SqlCounter sql, LongSupplier tasksCompleted) {
    this.sql = sql;
    this.tasksCompleted = tasksCompleted;
    sampler.scheduleAtFixedRate(this::sample, 0, SAMPLE_SECONDS, TimeUnit.SECONDS);
  }

  Scenario start(String name) {
    return new Scenario(name);
  }

  synchronized List<Sample> samples() {
    return List.copyOf(samples);
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }

  private synchronized void sample() {
    samples.add(new Sample((System.nanoTime() - started) / 1e9, current, tasksCompleted.getAsLong(), sql.transactions()));
  }

  private static void resetPeakHeap() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks since the scenario started: an upper bound of the heap it needed at once. */
  private static long peakHeapMiB() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
  }
}
