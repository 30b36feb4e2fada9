package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;

/**
 * Our pages link to a Camunda webapp only for users who may open it, by the same Application
 * authorizations the webapps check: a link shown is a page that opens, a page that refuses has no link.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebappLinksTest {

  static final String TASKLIST = "/camunda/app/tasklist/";
  static final String COCKPIT = "/camunda/app/cockpit/";
  static final String ADMIN = "/camunda/app/admin/";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizations;

  @Test
  void anAdministratorIsShownEveryWebappAndADrafterOrApproverOnlyTasklist() {
    assertThat(webappLinks("demo")).containsExactly(TASKLIST, COCKPIT, ADMIN);
    assertThat(webappLinks("lai-chau-drafter")).containsExactly(TASKLIST);
    assertThat(webappLinks("lai-chau-approver")).containsExactly(TASKLIST);

    Document welcome = PageClient.html(signedIn("lai-chau-drafter").get("/"));
    assertThat(welcome.select("ul.apps li")).extracting(Element::text)
        .containsExactly("Tasklist (việc cần làm) – soạn, duyệt kế hoạch; bắt đầu triển khai văn bản mới (Start process)",
            "/engine-rest – REST API của Camunda (xác thực HTTP Basic)");
    assertThat(PageClient.html(signedIn("demo").get("/")).select("ul.apps li")).extracting(Element::text)
        .contains("Cockpit (giám sát) – theo dõi toàn bộ cây triển khai của một văn bản", "Admin (quản trị) – người dùng, nhóm, phân quyền");
    assertThat(PageClient.html(new PageClient(port).get("/login")).select("header a[href^='/camunda/']"))
        .as("nobody signed in opens no webapp").isEmpty();
  }

  @Test
  void aGroupGrantedCockpitByAnAdministratorIsShownItsLinkAndCockpitOpens() {
    assertThat(signedIn("lai-chau-drafter").get(COCKPIT + "default/").statusCode()).isEqualTo(403);

    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("lai-chau-drafters");
    grant.setResource(Resources.APPLICATION);
    grant.setResourceId("cockpit");
    grant.addPermission(Permissions.ACCESS);
    authorizations.saveAuthorization(grant);
    try {
      assertThat(webappLinks("lai-chau-drafter")).containsExactly(TASKLIST, COCKPIT);
      assertThat(signedIn("lai-chau-drafter").get(COCKPIT + "default/").statusCode()).as("the link opens").isEqualTo(200);
      assertThat(webappLinks("ha-noi-drafter")).as("another organisation's drafters").containsExactly(TASKLIST);
    } finally {
      authorizations.deleteAuthorization(grant.getId());
    }
    assertThat(webappLinks("lai-chau-drafter")).containsExactly(TASKLIST);
  }

  @Test
  void theCascadeTreeLinksToCockpitOnlyForWhoeverMayOpenIt() {
    CascadeDriver driver = new CascadeDriver(engine);
    ProcessInstance department = driver.start("lai-chau-syt", "lai-chau");
    driver.draftApproveAndIssue(department.getId(), List.of("lai-chau-syt-bvdk"));
    String tree = "/board/cascades/" + department.getId();

    PageClient administrator = signedIn("demo");
    assertThat(PageClient.html(administrator.get(tree)).select("a.cockpit")).as("the department and the hospital").hasSize(2);
    assertThat(PageClient.html(administrator.get(tree + "/children")).select("a.cockpit")).as("the hospital").hasSize(1);

    PageClient approver = signedIn("lai-chau-syt-approver");
    Document page = PageClient.html(approver.get(tree));
    assertThat(page.select("li.node").stream().map(node -> node.attr("data-org"))).contains("lai-chau-syt", "lai-chau-syt-bvdk");
    assertThat(page.select("a.cockpit")).isEmpty();
    Document below = PageClient.html(approver.get(tree + "/children"));
    assertThat(below.select("li.node").eachAttr("data-org")).contains("lai-chau-syt-bvdk", "lai-chau-syt-cdc");
    assertThat(below.select("a.cockpit")).isEmpty();
  }

  /** The webapps the header of a signed-in user's start page links to. */
  private List<String> webappLinks(String user) {
    return PageClient.html(signedIn(user).get("/")).select("header nav a[href^='/camunda/app/']").eachAttr("href");
  }

  private PageClient signedIn(String user) {
    PageClient browser = new PageClient(port);
    browser.signIn(user);
    return browser;
  }
}
