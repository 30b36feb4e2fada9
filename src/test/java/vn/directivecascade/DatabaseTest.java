package vn.directivecascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The build runs every test twice, on H2 and on PostgreSQL; this proves each run is on the
 * database it claims, so a PostgreSQL run can never silently fall back to H2.
 */
@SpringBootTest
class DatabaseTest {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;

  @Test
  void runsOnTheExpectedDatabaseWithOurMigrationsAndTheEngineSchema() throws Exception {
    String expected = System.getProperty("test.expected-database", "H2");
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
    }
    assertThat(engine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo(expected.equals("H2") ? "h2" : "postgres");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"success\" = true and \"version\" = '1'", Integer.class))
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from organization where code = 'lai-chau-syt-bvdk'", Integer.class))
        .as("demo tree loaded").isEqualTo(1);
  }
}
