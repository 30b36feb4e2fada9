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
    assertThat(jdbc.queryForList("select id from databasechangelog where id like '00%' order by orderexecuted", String.class))
        .as("our own tables come from Liquibase")
        .containsExactly("001-organisations-and-documents", "002-reporting-regimes-and-targets", "003-reports",
            "004-notification-event-key", "005-plan-tasks", "006-plan-task-drafts", "007-mail", "008-plan-task-drafts-in-the-draft");
    if (expected.equals("PostgreSQL")) {
      assertThat(engine.getProcessEngineConfiguration().getDatabaseSchemaUpdate())
          .as("in production the engine never changes its schema").isEqualTo("false");
      assertThat(jdbc.queryForList("select id from databasechangelog where author = 'Camunda'", String.class))
          .as("Camunda's own changelog created the engine schema").contains("7.16.0-baseline", "7.23-to-7.24");
      assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'dc_idx_task_parent_task'", String.class))
          .contains("act_ru_task", "parent_task_id_");
    } else {
      assertThat(jdbc.queryForObject("select count(*) from databasechangelog where author = 'Camunda'", Integer.class))
          .as("on H2 the engine creates its own schema").isZero();
    }
    assertThat(jdbc.queryForObject("select count(*) from organization where code = 'lai-chau-syt-bvdk'", Integer.class))
        .as("demo tree loaded").isEqualTo(1);
  }
}
