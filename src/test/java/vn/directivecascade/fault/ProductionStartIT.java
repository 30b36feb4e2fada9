package vn.directivecascade.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.directivecascade.rest.EngineRestClient;

/** The packaged application as deployed (postgres profile, no demo data): no default credentials. */
class ProductionStartIT {

  AppNode node;

  @AfterEach
  void stop() throws Exception {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void refusesToStartWithoutAnAdministratorPasswordAndShipsNoOtherLogin() throws Exception {
    FaultDatabase.recreate();
    node = new AppNode("production-no-password", 18481).production(null).launch();
    assertThat(node.awaitExit()).as("refused to start").isNotZero();
    assertThat(Files.readString(node.log())).contains("DIRECTIVE_CASCADE_ADMIN_PASSWORD");

    node = new AppNode("production", 18482).production("Quan-tri#2026").launch().awaitUp();
    EngineRestClient rest = node.rest();
    assertThat(rest.sendAuthorized(EngineRestClient.basic("admin", "Quan-tri#2026"), "GET", "/engine-rest/user/count")
        .body()).isEqualTo("{\"count\":1}");
    assertThat(rest.send("demo", "GET", "/engine-rest/user/count", null).statusCode()).as("no demo users").isEqualTo(401);
    assertThat(rest.sendAuthorized(null, "GET", "/actuator/health").statusCode()).isEqualTo(200);
    assertThat(rest.sendAuthorized(null, "GET", "/actuator/prometheus").statusCode()).as("metrics need a login").isEqualTo(401);
  }
}
