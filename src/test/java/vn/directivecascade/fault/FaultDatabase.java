package vn.directivecascade.fault;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fault tests' own PostgreSQL database (on the build machine's server), recreated empty for
 * each test class: the nodes create the schema themselves, as in production.
 */
final class FaultDatabase {

  private FaultDatabase() {
  }

  static String host() {
    return System.getProperty("fault.postgres.host", "127.0.0.1:5432");
  }

  static String name() {
    return System.getProperty("fault.postgres.database", "directive_cascade_fault");
  }

  static String url() {
    return "jdbc:postgresql://" + host() + "/" + name();
  }

  static String user() {
    return System.getProperty("fault.postgres.user", "postgres");
  }

  static String password() {
    return System.getProperty("fault.postgres.password", "");
  }

  static void recreate() throws SQLException {
    try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host() + "/postgres", user(), password());
        Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + name() + " with (force)");
      statement.execute("create database " + name());
    }
  }

  /**
   * Stops or starts the build machine's PostgreSQL server (as .ci/run starts it): {@code stop}
   * ends every session at once ("fast" mode), as a crash or a restart of the database would.
   */
  static void server(String action) throws IOException, InterruptedException {
    List<String> arguments = action.equals("stop") ? List.of("stop", "-m", "fast") : List.of(action);
    Process process = pgCtlCluster(arguments);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("pg_ctlcluster " + arguments + " failed: " + output);
    }
  }

  static boolean serverRunning() throws IOException, InterruptedException {
    Process process = pgCtlCluster(List.of("status"));
    process.getInputStream().readAllBytes();
    return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
  }

  private static Process pgCtlCluster(List<String> arguments) throws IOException {
    String[] versions = new File("/etc/postgresql").list();
    if (versions == null || versions.length != 1) {
      throw new IllegalStateException("expected one PostgreSQL cluster under /etc/postgresql, found " + Arrays.toString(versions));
    }
    List<String> command = new ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect", versions[0], "main"));
    command.addAll(arguments);
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** Ids as an SQL list, {@code ('a','b')}, for the checks' {@code in} clauses. */
  static String inList(List<String> ids) {
    return ids.stream().distinct().map(id -> "'" + id.replace("'", "") + "'").collect(Collectors.joining(",", "(", ")"));
  }

  /** Read-only checks of what the nodes wrote. */
  static JdbcTemplate jdbc() {
    return new JdbcTemplate(new DriverManagerDataSource(url(), user(), password()));
  }
}
