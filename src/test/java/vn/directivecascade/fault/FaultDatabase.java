package vn.directivecascade.fault;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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

  /** Read-only checks of what the nodes wrote. */
  static JdbcTemplate jdbc() {
    return new JdbcTemplate(new DriverManagerDataSource(url(), user(), password()));
  }
}
