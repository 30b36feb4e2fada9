package vn.directivecascade.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The application's REST API (Camunda's /engine-rest and our /api) as the demo users call it. */
public class EngineRestClient {

  public static final String DEMO_PASSWORD = "demo";

  private final String baseUrl;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = new ObjectMapper();

  public EngineRestClient(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** Calls as a demo user and insists on the status; the body as JSON (a null node when empty). */
  public JsonNode call(String user, String method, String path, Object body, int expectedStatus) {
    HttpResponse<String> response = send(user, method, path, body);
    assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, user, response.body()).isEqualTo(expectedStatus);
    return parse(response.body());
  }

  public HttpResponse<String> send(String user, String method, String path, Object body) {
    try {
      return sendAuthorized(user == null ? null : basic(user, DEMO_PASSWORD), method, path, body);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    }
  }

  public HttpResponse<String> sendAuthorized(String authorization, String method, String path) {
    try {
      return sendAuthorized(authorization, method, path, null);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    }
  }

  public HttpResponse<String> sendAuthorized(String authorization, String method, String path, Object body) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return exchange(request.build());
  }

  /** A GET as a demo user (none: anonymous) with the body as bytes, e.g. a spreadsheet download. */
  public HttpResponse<byte[]> download(String user, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60)).GET();
    if (user != null) {
      request.header("Authorization", basic(user, DEMO_PASSWORD));
    }
    try {
      return exchange(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + ": " + e, e);
    }
  }

  /** A browser's form POST (application/x-www-form-urlencoded), with a session cookie if given; no redirects followed. */
  public HttpResponse<String> sendForm(String path, Map<String, String> fields, String cookie) throws IOException {
    String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(java.util.stream.Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return exchange(request.build());
  }

  /** A file in a multipart request: the form field, the file's name as the browser sends it, its bytes. */
  public record FilePart(String field, String fileName, byte[] content) {
  }

  /** A multipart/form-data POST (e.g. a deployment with its files, each named as its field); the body of the expected answer. */
  public String postMultipart(String user, String path, Map<String, String> fields, Map<String, byte[]> files, int expectedStatus) {
    return postMultipart(user, path, fields, files.entrySet().stream()
        .map(file -> new FilePart(file.getKey(), file.getKey(), file.getValue())).toList(), expectedStatus);
  }

  public String postMultipart(String user, String path, Map<String, String> fields, List<FilePart> files, int expectedStatus) {
    String boundary = "----directive-cascade-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    files.forEach(file -> {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
          + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", basic(user, DEMO_PASSWORD))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    try {
      HttpResponse<String> response = exchange(request);
      assertThat(response.statusCode()).as("POST %s as %s: %s", path, user, response.body()).isEqualTo(expectedStatus);
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("POST " + path + ": " + e, e);
    }
  }

  /** A {@code text/plain; charset=UTF-8} POST as a demo user (none: anonymous); the answer, whatever its status. */
  public HttpResponse<String> postText(String user, String path, String text) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "text/plain; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    if (user != null) {
      request.header("Authorization", basic(user, DEMO_PASSWORD));
    }
    try {
      return exchange(request.build());
    } catch (IOException e) {
      throw new IllegalStateException("POST " + path + ": " + e, e);
    }
  }

  private HttpResponse<String> exchange(HttpRequest request) throws IOException {
    return exchange(request, HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException {
    try {
      return http.send(request, body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  public JsonNode parse(String body) {
    try {
      return body.isEmpty() ? json.nullNode() : json.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + body, e);
    }
  }

  /** A process variable as the REST API takes it. */
  public static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  public static Map<String, Object> jsonValue(String json) {
    return Map.of("type", "Json", "value", json);
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** Work done by the job executor happens later: wait, bounded, for what it will produce. */
  public static <T> T await(String what, Duration patience, Supplier<T> probe) {
    Instant deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline)) {
      T result = probe.get();
      if (result != null) {
        return result;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("gave up waiting for " + what + " after " + patience);
  }
}
