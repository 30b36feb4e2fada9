package vn.directivecascade.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directivecascade.rest.EngineRestClient.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directivecascade.rest.CascadeOverRest;

/** kill -9 of a cluster node while it starts the plans of a cascade's fan-out. */
class NodeCrashIT {

  static final Duration PATIENCE = Duration.ofSeconds(180);
  static final List<String> LAI_CHAU_DEPARTMENTS = List.of("lai-chau-syt", "lai-chau-sldtbxh", "lai-chau-ldld",
      "lai-chau-snv", "lai-chau-stp", "lai-chau-skhdt");
  static final int PLANS = 20;
  // A dead node's locked jobs return after the lock time: 15 s here (production 2 min) keeps the test short.
  static final String QUICK_LOCKS = "--camunda.bpm.job-execution.lock-time-in-millis=15000";

  final Clients clients = new Clients(6);
  AppNode victim;
  AppNode survivor;

  @AfterEach
  void stopNodes() throws Exception {
    clients.close();
    AppNode.closeAll(victim, survivor);
  }

  @Test
  void killingANodeInTheMiddleOfAFanOutLosesNoPlanAndStartsNoneTwice() throws Exception {
    FaultDatabase.recreate();
    victim = new AppNode("crash-victim", 18281, QUICK_LOCKS).launch().awaitUp();
    survivor = new AppNode("crash-survivor", 18282, QUICK_LOCKS).launch().awaitUp();
    CascadeOverRest cascade = new CascadeOverRest(survivor.rest(), PATIENCE);
    JdbcTemplate db = FaultDatabase.jdbc();

    List<String> roots = clients.all(IntStream.range(0, PLANS).mapToObj(i -> (Callable<String>) () -> {
      String root = cascade.start("lai-chau");
      cascade.draft("lai-chau", root, LAI_CHAU_DEPARTMENTS);
      return root;
    }).toList());
    String rootList = FaultDatabase.inList(roots);
    String childCount = "select count(*) from act_hi_procinst where super_process_instance_id_ in " + rootList;
    int expectedChildren = PLANS * LAI_CHAU_DEPARTMENTS.size();

    // All approvals at once: every issue job and its fan-out run on both nodes' job executors.
    List<Future<?>> approvals = new ArrayList<>();
    roots.forEach(root -> approvals.add(clients.submit(() -> cascade.approve("lai-chau", root))));
    int childrenAtKill = await("the fan-out under way", PATIENCE, () -> {
      int started = db.queryForObject(childCount, Integer.class);
      return started >= 5 ? started : null;
    });
    victim.killHard();
    for (Future<?> approval : approvals) {
      approval.get();
    }
    System.out.printf("killed %s with %d of %d plan instances started; jobs it had run: %s%n", victim.name(), childrenAtKill,
        expectedChildren, db.queryForList("select count(*) from act_hi_job_log where hostname_ = 'crash-victim' and job_state_ = 2", Integer.class));
    assertThat(childrenAtKill).as("killed in the middle of the fan-out").isLessThan(expectedChildren);

    victim.launch().awaitUp();
    await("every plan instance of the fan-out", PATIENCE,
        () -> db.queryForObject(childCount, Integer.class) == expectedChildren ? true : null);
    assertThat(db.queryForObject("select count(distinct business_key_) from act_hi_procinst where super_process_instance_id_ in " + rootList,
        Integer.class)).as("each organisation's plan instance exactly once").isEqualTo(expectedChildren);
    for (String root : roots) {
      assertThat(db.queryForList("select business_key_ from act_hi_procinst where super_process_instance_id_ = ?", String.class, root))
          .extracting(key -> key.substring(key.indexOf(':') + 1))
          .containsExactlyInAnyOrderElementsOf(LAI_CHAU_DEPARTMENTS);
    }
    assertThat(survivor.rest().call("demo", "GET", "/engine-rest/incident/count", null, 200).get("count").asInt()).isZero();

    // The cascade completes: every department drafts and issues its plan, then the province's instances end.
    List<Map<String, Object>> children = db.queryForList(
        "select id_, business_key_ from act_hi_procinst where super_process_instance_id_ in " + rootList);
    clients.all(children.stream().map(child -> (Callable<Void>) () -> {
      String key = (String) child.get("business_key_");
      String org = key.substring(key.indexOf(':') + 1);
      CascadeOverRest onEitherNode = new CascadeOverRest((key.hashCode() % 2 == 0 ? victim : survivor).rest(), PATIENCE);
      onEitherNode.draft(org, (String) child.get("id_"), List.of());
      onEitherNode.approve(org, (String) child.get("id_"));
      return null;
    }).toList());
    for (String root : roots) {
      await("cascade " + root + " completed", PATIENCE, () -> "COMPLETED".equals(cascade.historicState(root)) ? true : null);
    }
    assertThat(db.queryForObject("select count(*) from act_ru_incident", Integer.class)).isZero();
    assertThat(db.queryForObject("select count(*) from act_ru_job where process_instance_id_ in " + rootList, Integer.class))
        .as("no job left behind").isZero();
  }
}
