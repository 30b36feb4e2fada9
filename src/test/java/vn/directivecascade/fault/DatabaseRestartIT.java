package vn.directivecascade.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directivecascade.rest.EngineRestClient.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.rest.CascadeOverRest;
import vn.directivecascade.rest.EngineRestClient;

/** The database server stops and starts again while users keep registering directives. */
class DatabaseRestartIT {

  static final Duration PATIENCE = Duration.ofSeconds(120);
  static final List<String> ORGANISATIONS = List.of("lai-chau", "ha-noi", "soc-trang");

  /** One registration attempt: the HTTP status, or -1 when no answer came at all. */
  record Attempt(int status, String instanceId, String body) {
  }

  final ExecutorService load = Executors.newFixedThreadPool(ORGANISATIONS.size() + 1);
  AppNode node;

  @AfterEach
  void cleanUp() throws Exception {
    load.shutdownNow();
    if (node != null) {
      node.close();
    }
    if (!FaultDatabase.serverRunning()) {
      FaultDatabase.server("start"); // never leave the build machine's database down
    }
  }

  @Test
  void healthGoesDownAndUpByItselfAndNoAcceptedWorkIsLost() throws Exception {
    FaultDatabase.recreate();
    node = new AppNode("db-restart", 18381).launch().awaitUp();
    EngineRestClient rest = node.rest();
    CascadeOverRest cascade = new CascadeOverRest(rest, PATIENCE);
    String waitingForApproval = cascade.start("kon-tum");
    cascade.draft("kon-tum", waitingForApproval, List.of());

    AtomicBoolean running = new AtomicBoolean(true);
    List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
    List<Integer> health = Collections.synchronizedList(new ArrayList<>());
    for (String org : ORGANISATIONS) {
      load.submit(() -> {
        while (running.get()) {
          attempts.add(register(rest, org));
        }
      });
    }
    load.submit(() -> {
      while (running.get()) {
        health.add(node.health());
        sleep(250);
      }
    });

    sleep(4000);
    int acceptedBefore = accepted(attempts).size();
    FaultDatabase.server("stop");
    sleep(10_000); // longer than two failing health checks (each waits out the 5 s connection timeout)
    FaultDatabase.server("start");
    await("health UP again", PATIENCE, () -> health.size() > 0 && health.get(health.size() - 1) == 200 ? true : null);
    sleep(4000);
    running.set(false);
    load.shutdown();
    assertThat(load.awaitTermination(90, TimeUnit.SECONDS)).isTrue();

    List<Integer> statuses = attempts.stream().map(Attempt::status).toList();
    System.out.printf("%d registrations: %d accepted, failed with %s; health %s%n", attempts.size(), accepted(attempts).size(),
        statuses.stream().filter(status -> status != 200).distinct().toList(), compress(health));

    int firstDown = health.indexOf(503);
    assertThat(firstDown).as("health reported DOWN while the database was away: %s", compress(health)).isPositive();
    assertThat(health.subList(0, firstDown)).as("UP before").contains(200);
    assertThat(health.subList(firstDown, health.size())).as("UP again by itself").contains(200);
    assertThat(health.get(health.size() - 1)).isEqualTo(200);

    assertThat(statuses).as("every request was answered (-1: no answer)").doesNotContain(-1);
    assertThat(statuses).as("requests during the outage failed visibly").anyMatch(status -> status >= 500);
    // An error answer, from the REST API or (when the login check itself could not reach the database) Spring Boot's.
    assertThat(attempts).filteredOn(attempt -> attempt.status() != 200).allSatisfy(failed -> {
      assertThat(failed.status()).isBetween(500, 599);
      assertThat(rest.parse(failed.body()).has("type") || rest.parse(failed.body()).has("error")).as(failed.body()).isTrue();
    });
    List<String> accepted = accepted(attempts);
    assertThat(accepted.size()).as("work accepted after the restart").isGreaterThan(acceptedBefore);
    Set<String> stored = Set.copyOf(FaultDatabase.jdbc().queryForList(
        "select id_ from act_hi_procinst where proc_def_key_ = 'directive-cascade'", String.class));
    assertThat(stored).as("every accepted registration is in the database").containsAll(accepted);

    // The job executor came back too: an approval after the outage is issued by a job.
    cascade.approve("kon-tum", waitingForApproval);
    await("the plan issued after the outage", PATIENCE,
        () -> "COMPLETED".equals(cascade.historicState(waitingForApproval)) ? true : null);
    assertThat(rest.call("demo", "GET", "/engine-rest/incident/count", null, 200).get("count").asInt()).isZero();
  }

  private static Attempt register(EngineRestClient rest, String org) {
    try {
      HttpResponse<String> response = rest.sendAuthorized(EngineRestClient.basic(org + "-drafter", EngineRestClient.DEMO_PASSWORD),
          "POST", "/engine-rest/process-definition/key/directive-cascade/start",
          CascadeOverRest.startVariables(org, org, CascadeDriver.uniqueNumber("CT")));
      String id = response.statusCode() == 200 ? rest.parse(response.body()).get("id").asText() : null;
      return new Attempt(response.statusCode(), id, response.body());
    } catch (java.io.IOException e) {
      return new Attempt(-1, null, e.toString());
    }
  }

  private static List<String> accepted(List<Attempt> attempts) {
    synchronized (attempts) {
      return attempts.stream().filter(attempt -> attempt.status() == 200).map(Attempt::instanceId).toList();
    }
  }

  /** 200,200,503,503,200 as "200x2 503x2 200x1", for the log. */
  private static String compress(List<Integer> values) {
    StringBuilder text = new StringBuilder();
    synchronized (values) {
      for (int i = 0; i < values.size(); ) {
        int j = i;
        while (j < values.size() && values.get(j).equals(values.get(i))) {
          j++;
        }
        text.append(values.get(i)).append('x').append(j - i).append(' ');
        i = j;
      }
    }
    return text.toString().trim();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
