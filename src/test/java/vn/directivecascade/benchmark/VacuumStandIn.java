package vn.directivecascade.benchmark;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Does what PostgreSQL's autovacuum would when the server runs without it (as the build machine's
 * does): {@code VACUUM ANALYZE} every {@link #NAPTIME_SECONDS} seconds, autovacuum's default naptime.
 * Without it the engine's runtime tables fill with dead rows and keep the statistics of an empty
 * table, and every job acquisition and task query slows down with the run: no production server looks like that.
 */
final class VacuumStandIn implements AutoCloseable {

  static final int NAPTIME_SECONDS = 60;

  private final ScheduledExecutorService vacuum = Executors.newSingleThreadScheduledExecutor();
  private final boolean serverAutovacuum;

  VacuumStandIn(JdbcTemplate jdbc) {
    serverAutovacuum = "on".equals(jdbc.queryForObject("show autovacuum", String.class));
    if (!serverAutovacuum) {
      vacuum.scheduleWithFixedDelay(() -> jdbc.execute("VACUUM ANALYZE"), NAPTIME_SECONDS, NAPTIME_SECONDS, TimeUnit.SECONDS);
    }
  }

  /** What the results should say about it. */
  String description() {
    return serverAutovacuum ? "the server's autovacuum" : "server autovacuum off: the benchmark runs VACUUM ANALYZE every " + NAPTIME_SECONDS + " s";
  }

  @Override
  public void close() {
    vacuum.shutdownNow();
  }
}
