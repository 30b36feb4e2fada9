package vn.directivecascade.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.rest.WebappSession;

/** Every user's own "Việc của tôi" filter exists once, however often and from wherever they sign in. */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistFiltersTest {

  @LocalServerPort int port;
  @Autowired FilterService filterService;

  @Test
  void signingInAgainAndAgainMakesOneOwnFilter() {
    for (String user : new String[] {"demo", "kon-tum-ldld-drafter"}) {
      for (int signIn = 0; signIn < 3; signIn++) {
        WebappSession.signIn(port, user);
      }
      assertThat(filterService.createFilterQuery().filterName(TasklistFilters.MY_TASKS).filterOwner(user).count())
          .as("%s's own filter", user).isEqualTo(1);
    }
  }
}
