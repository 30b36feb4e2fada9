package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.directivecascade.rest.EngineRestClient;

/**
 * What a browser sends to the application, without a browser: pages asked for as HTML, its cookies
 * (session, language) kept as the server sets and clears them, the login form with its CSRF token.
 * Redirects are not followed, so a test sees where the application sends the browser.
 */
public final class PageClient {

  public static final String SESSION_COOKIE = "JSESSIONID";
  static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  private final String baseUrl;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public PageClient(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** Signs in through the login form as a demo user; the answer (a redirect to where the login started). */
  public HttpResponse<String> signIn(String user) {
    return signIn(user, "/login");
  }

  /** Signs in through the login form as it is shown at {@code loginPage} (e.g. "/login?expired"). */
  public HttpResponse<String> signIn(String user, String loginPage) {
    HttpResponse<String> page = get(loginPage);
    assertThat(page.statusCode()).as("GET %s", loginPage).isEqualTo(200);
    HttpResponse<String> login = postForm("/login", csrfToken(page),
        Map.of("username", user, "password", EngineRestClient.DEMO_PASSWORD));
    assertThat(login.statusCode()).as("sign-in of %s", user).isEqualTo(302);
    assertThat(location(login)).as("sign-in of %s", user).doesNotContain("error");
    return login;
  }

  /** A page as the browser asks for it: HTML. */
  public HttpResponse<String> get(String path) {
    return get(path, HTML);
  }

  public HttpResponse<String> get(String path, String accept) {
    return send(request(path).header("Accept", accept).GET());
  }

  /** A form posted with its fields and the CSRF token of the page it was on. */
  public HttpResponse<String> postForm(String path, String csrfToken, Map<String, String> fields) {
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", csrfToken);
    String body = withToken.entrySet().stream()
        .map(field -> EngineRestClient.encode(field.getKey()) + "=" + EngineRestClient.encode(field.getValue()))
        .collect(Collectors.joining("&"));
    return send(request(path).header("Accept", HTML).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A request of the webapps' scripts (JSON, Camunda's CSRF header from its cookie), e.g. their sign-out. */
  public HttpResponse<String> postAsWebappScript(String path) {
    return send(request(path).header("Accept", "application/json").header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
        .POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** Sets a cookie as the browser would send it, e.g. the language or a session id. */
  public void cookie(String name, String value) {
    cookies.put(name, value);
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  public static Document html(HttpResponse<String> response) {
    return Jsoup.parse(response.body());
  }

  public static String csrfToken(HttpResponse<String> page) {
    return html(page).select("input[name=_csrf]").attr("value");
  }

  /** Where a redirect sends the browser, without the host. */
  public String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("").replace(baseUrl, "");
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
          .collect(Collectors.joining("; ")));
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    for (String setCookie : response.headers().allValues("Set-Cookie")) {
      String nameAndValue = setCookie.split(";", 2)[0];
      String name = nameAndValue.substring(0, nameAndValue.indexOf('='));
      if (setCookie.contains("Max-Age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, nameAndValue.substring(name.length() + 1));
      }
    }
    return response;
  }
}
