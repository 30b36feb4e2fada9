package vn.directivecascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.directivecascade.rest.EngineRestClient;
import vn.directivecascade.ServesThisContextsEngine;

/**
 * CSRF, security headers, session cookies and login throttling, over HTTP. The webapps taking the
 * session: TasklistBrowserTest; the start-up guard: ProductionStartIT.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHardeningTest {

  @LocalServerPort int port;
  EngineRestClient rest;

  @BeforeEach
  void connect() {
    rest = new EngineRestClient(port);
  }

  @Test
  void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
    HttpResponse<String> login = rest.sendForm("/login", Map.of("username", "demo", "password", "demo"), null);
    assertThat(login.statusCode()).as("login without the form's token").isEqualTo(403);

    assertThat(signIn("demo")).as("the real form, with its token, signs in").startsWith("JSESSIONID=");
  }

  @Test
  void pagesCarryTheSecurityHeadersAndTheSessionCookieIsLockedDown() throws Exception {
    HttpResponse<String> login = rest.sendAuthorized(null, "GET", "/login", null);
    assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'", "frame-ancestors 'none'");
    assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith("JSESSIONID=").contains("HttpOnly", "Secure", "SameSite=Lax"));

  }

  @Test
  void repeatedWrongPasswordsPauseTheUsersSignIn() {
    String user = "kon-tum-ldld-approver"; // no other test signs in as this user
    assertThat(rest.sendAuthorized(EngineRestClient.basic(user, "sai"), "GET", "/engine-rest/task/count").statusCode()).isEqualTo(401);
    assertThat(rest.send(user, "GET", "/engine-rest/task/count", null).statusCode())
        .as("right password, but within the engine's login delay after a failure").isEqualTo(401);
  }

  /** Signs in through the login form as a browser does; the session cookie. */
  private String signIn(String user) throws Exception {
    HttpResponse<String> page = rest.sendAuthorized(null, "GET", "/login", null);
    String token = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    HttpResponse<String> login = rest.sendForm("/login", Map.of("username", user, "password", EngineRestClient.DEMO_PASSWORD,
        "_csrf", token), sessionCookie(page));
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    return sessionCookie(login);
  }

  private static String sessionCookie(HttpResponse<String> response) {
    List<String> cookies = response.headers().allValues("Set-Cookie");
    return cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).map(cookie -> cookie.substring(0, cookie.indexOf(';')))
        .findFirst().orElseThrow();
  }
}
