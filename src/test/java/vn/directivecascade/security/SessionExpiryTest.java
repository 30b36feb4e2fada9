package vn.directivecascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.rest.EngineRestClient;
import vn.directivecascade.web.PageClient;

/**
 * A user whose session timed out is sent to the login page, which says so, and comes back to the page
 * they asked for; the webapps' scripts still get their 401 and tools their HTTP Basic.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionExpiryTest {

  static final String EXPIRED = "Phiên làm việc của bạn đã hết hạn. Xin đăng nhập lại để tiếp tục.";

  @LocalServerPort int port;
  @Autowired ServletWebServerApplicationContext application;
  PageClient browser;

  @BeforeEach
  void signIn() {
    browser = new PageClient(port);
    browser.signIn("lai-chau-drafter");
    assertThat(browser.get("/board/my-work").statusCode()).isEqualTo(200);
  }

  @Test
  void aPageOpenedAfterTheSessionExpiredSaysSoAtTheLoginAndReturnsThereAfterIt() throws IOException {
    expireSession();
    HttpResponse<String> page = browser.get("/board/my-work");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(browser.location(page)).isEqualTo("/login?expired");

    assertThat(PageClient.html(browser.get("/login?expired")).select("p.notice").text()).isEqualTo(EXPIRED);
    HttpResponse<String> signedIn = browser.signIn("lai-chau-drafter", "/login?expired");
    assertThat(browser.location(signedIn)).as("back where they were").isEqualTo("/board/my-work?continue");
    assertThat(browser.get("/board/my-work?continue").statusCode()).isEqualTo(200);
  }

  @Test
  void tasklistOpenedAfterTheSessionExpiredSaysSoAtTheLoginAndReturnsThereAfterIt() throws IOException {
    expireSession();
    HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(302);
    assertThat(browser.location(tasklist)).isEqualTo("/login?expired");

    HttpResponse<String> signedIn = browser.signIn("lai-chau-drafter", "/login?expired");
    assertThat(browser.location(signedIn)).isEqualTo("/camunda/app/tasklist/default/?continue");
    assertThat(browser.get("/camunda/app/tasklist/default/?continue").statusCode()).isEqualTo(200);
  }

  @Test
  void theWebappsScriptsStillGet401AndToolsStillSignInWithHttpBasic() throws IOException {
    expireSession();
    assertThat(browser.get("/camunda/api/engine/engine/default/task/count", "application/json").statusCode())
        .as("Tasklist's scripts handle the 401 themselves").isEqualTo(401);
    assertThat(new PageClient(port).get("/camunda/api/engine/engine/default/task/count", "application/json").statusCode())
        .as("and without any session").isEqualTo(401);
    assertThat(browser.get("/api/notifications", "application/json").statusCode()).isEqualTo(401);

    EngineRestClient rest = new EngineRestClient(port);
    assertThat(rest.send("lai-chau-drafter", "GET", "/api/notifications", null).statusCode()).isEqualTo(200);
    assertThat(rest.send("lai-chau-drafter", "GET", "/engine-rest/task/count", null).statusCode()).isEqualTo(200);
  }

  @Test
  void aFormSentAfterTheSessionExpiredAsksToSignInAgainInsteadOfRefusing() throws IOException {
    String token = PageClient.csrfToken(browser.get("/account/notifications"));
    expireSession();
    HttpResponse<String> sent = browser.postForm("/account/notifications", token, Map.of("delivery", "DAILY_DIGEST"));
    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(browser.location(sent)).isEqualTo("/login?expired");
  }

  @Test
  void signingOutIsNotTakenForAnExpiredSession() {
    String token = PageClient.csrfToken(browser.get("/board/my-work"));
    HttpResponse<String> signedOut = browser.postForm("/logout", token, Map.of());
    assertThat(browser.location(signedOut)).isEqualTo("/login?logout");
    assertThat(PageClient.html(browser.get("/login?logout")).select("p.notice").text()).isEqualTo("Bạn đã đăng xuất.");
    assertThat(browser.location(browser.get("/board/my-work"))).isEqualTo("/login");

    // Signing out in a webapp (its own menu): its session cookie goes too.
    browser.signIn("lai-chau-drafter");
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    HttpResponse<String> webappSignOut = browser.postAsWebappScript(SecurityConfig.CAMUNDA_WEBAPP_LOGOUT);
    assertThat(webappSignOut.statusCode()).isEqualTo(200);
    assertThat(browser.cookie(PageClient.SESSION_COOKIE)).isNull();
    assertThat(browser.location(browser.get("/camunda/app/tasklist/default/"))).isEqualTo("/login");
  }

  /** The browser's session times out on the server, as after half an hour without a request; the browser keeps its cookie. */
  private void expireSession() throws IOException {
    Context context = (Context) ((TomcatWebServer) application.getWebServer()).getTomcat().getHost().findChildren()[0];
    Manager sessions = context.getManager();
    Session session = sessions.findSession(browser.cookie(PageClient.SESSION_COOKIE));
    assertThat(session).as("the browser's session on the server").isNotNull();
    session.expire();
  }
}
