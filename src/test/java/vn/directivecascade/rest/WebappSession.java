package vn.directivecascade.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session on the application without the browser: signed in on /login, calling the
 * webapps' own API (/camunda/api/...) as Tasklist does, with the session cookie and Camunda's CSRF
 * token header. Cookies are kept by hand: the session cookie is Secure, which browsers send to
 * http://localhost but Java's CookieManager does not.
 */
public final class WebappSession {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String baseUrl;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private WebappSession(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** Signs {@code user} (password "demo") in and opens Tasklist once, which hands out the CSRF token. */
  public static WebappSession signIn(int port, String user) {
    WebappSession session = new WebappSession(port);
    Matcher csrf = CSRF_FIELD.matcher(session.get("/login").body());
    assertThat(csrf.find()).as("the login page's CSRF field").isTrue();
    HttpResponse<String> login = session.send(HttpRequest.newBuilder(session.uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=demo&_csrf=" + encode(csrf.group(1)))));
    assertThat(login.headers().firstValue("Location").orElse("")).as("signed in as %s", user).doesNotContain("error");
    session.get("/camunda/app/tasklist/");
    session.get("/camunda/api/admin/auth/user/default");
    return session;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A JSON POST to the webapps' API, as Tasklist's scripts send it. */
  public HttpResponse<String> postJson(String path, String json) {
    String token = cookies.get("XSRF-TOKEN");
    assertThat(token).as("the webapps' XSRF-TOKEN cookie").isNotNull();
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
          .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        String pair = cookie.split(";", 2)[0];
        cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
