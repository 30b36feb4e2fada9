package vn.directivecascade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.rest.EngineRestClient;

/**
 * Every error page a browser meets is ours, in Vietnamese (English when chosen), with what happened
 * and the ways back, and no trace of the server's inside; JSON clients still get JSON errors.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTest.FailingPage.class)
class ErrorPagesTest {

  /** English words of Spring's and Tomcat's own error pages, and what a stack trace shows. */
  static final String[] NOT_ON_OUR_PAGES = {"Whitelabel", "Forbidden", "Error", "Exception", "trace", "at org.", "at vn."};
  static final String FAILURE = "the database of the failing page is on fire";

  @LocalServerPort int port;
  PageClient drafter;

  /** A page that fails as a bug would. */
  @RestController
  static class FailingPage {
    @GetMapping("/test/failing-page")
    String fail() {
      throw new IllegalStateException(FAILURE);
    }
  }

  @BeforeEach
  void signIn() {
    drafter = new PageClient(port);
    drafter.signIn("lai-chau-drafter");
  }

  @Test
  void aDrafterOpeningCockpitOrAdminIsToldInVietnameseThatTheyAreForAdministrators() {
    for (String webapp : new String[] {"/camunda/app/cockpit/default/", "/camunda/app/admin/default/"}) {
      HttpResponse<String> response = drafter.get(webapp);
      assertThat(response.statusCode()).as(webapp).isEqualTo(403);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
      Document page = PageClient.html(response);
      assertThat(page.title()).isEqualTo("Bạn không có quyền mở trang này");
      assertThat(page.select("main h1").text()).isEqualTo("Bạn không có quyền mở trang này");
      assertThat(page.select("main p.webapps").text())
          .isEqualTo("Trang Giám sát (Cockpit) và Quản trị (Admin) dành cho quản trị viên. Việc của bạn có trong Tasklist và Bảng theo dõi.");
      assertWaysBack(page, 403);
      assertThat(response.body()).doesNotContain(NOT_ON_OUR_PAGES);
      assertThat(page.select("form.signed-in span").text()).as("still signed in, on the layout").isEqualTo("lai-chau-drafter");
      assertThat(PageClient.csrfToken(response)).as("so signing out works from here").isNotEmpty();
    }
  }

  @Test
  void aPageThatDoesNotExistSaysSo() {
    for (String missing : new String[] {"/khong-co-trang-nay", "/board/documents/987654321"}) {
      HttpResponse<String> response = drafter.get(missing);
      assertThat(response.statusCode()).as(missing).isEqualTo(404);
      Document page = PageClient.html(response);
      assertThat(page.select("main h1").text()).isEqualTo("Không tìm thấy trang");
      assertThat(page.select("main p").first().text()).startsWith("Không có trang nào ở địa chỉ này");
      assertWaysBack(page, 404);
      assertThat(response.body()).doesNotContain(NOT_ON_OUR_PAGES);
    }
  }

  @Test
  void aServerFailureSaysWhatToDoAndNothingOfItsCause() {
    HttpResponse<String> response = drafter.get("/test/failing-page");
    assertThat(response.statusCode()).isEqualTo(500);
    Document page = PageClient.html(response);
    assertThat(page.select("main h1").text()).isEqualTo("Hệ thống gặp sự cố");
    assertThat(page.select("main p").first().text()).contains("có thể chưa được lưu", "Hãy thử lại sau ít phút", "báo quản trị viên");
    assertWaysBack(page, 500);
    assertThat(response.body()).doesNotContain(NOT_ON_OUR_PAGES).doesNotContain(FAILURE, "IllegalStateException", "FailingPage");
  }

  @Test
  void anyOtherStatusHasOurGeneralPage() {
    HttpResponse<String> response = drafter.get("/board/documents/not-a-number");
    assertThat(response.statusCode()).isEqualTo(400);
    Document page = PageClient.html(response);
    assertThat(page.select("main h1").text()).isEqualTo("Không thực hiện được yêu cầu");
    assertWaysBack(page, 400);
    assertThat(response.body()).doesNotContain(NOT_ON_OUR_PAGES);

    HttpResponse<String> engineRest = new PageClient(port).get("/engine-rest/engine");
    assertThat(engineRest.statusCode()).as("a browser on the tools' API, without credentials").isEqualTo(401);
    assertThat(PageClient.html(engineRest).select("main h1").text()).isEqualTo("Không thực hiện được yêu cầu");
  }

  @Test
  void theErrorPagesAreEnglishForWhoeverChoseEnglish() {
    drafter.cookie("directive-cascade-lang", "en");
    Document forbidden = PageClient.html(drafter.get("/camunda/app/cockpit/default/"));
    assertThat(forbidden.select("main h1").text()).isEqualTo("You may not open this page");
    assertThat(forbidden.select("main p.webapps").text()).startsWith("Cockpit (monitoring) and Admin are for administrators.");
    assertThat(forbidden.select("main .muted").text()).isEqualTo("Error code: 403");
    assertThat(PageClient.html(drafter.get("/khong-co-trang-nay")).select("main h1").text()).isEqualTo("Page not found");
    assertThat(PageClient.html(drafter.get("/test/failing-page")).select("main h1").text()).isEqualTo("Something went wrong");
  }

  @Test
  void jsonClientsStillGetJsonErrors() {
    EngineRestClient rest = new EngineRestClient(port);
    assertJsonError(drafter.get("/camunda/app/cockpit/default/", "application/json"), 403);
    assertJsonError(drafter.get("/test/failing-page", "application/json"), 500);
    assertJsonError(rest.send("lai-chau-drafter", "GET", "/api/khong-co", null), 404);
    assertJsonError(rest.send(null, "GET", "/engine-rest/engine", null), 401);
    HttpResponse<String> engineRest = rest.send("lai-chau-drafter", "GET", "/engine-rest/khong-co", null);
    assertThat(engineRest.statusCode()).isEqualTo(404);
    assertThat(rest.parse(engineRest.body()).path("type").asText()).as("the engine REST API's own error").isEqualTo("NotFoundException");
  }

  private void assertJsonError(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    JsonNode error = new EngineRestClient(port).parse(response.body());
    assertThat(error.path("status").asInt()).isEqualTo(status);
    assertThat(response.body()).as("no trace or message of the failure").doesNotContain(FAILURE, "trace");
  }

  /** The start page always, Tasklist for whoever may open it, and the status to tell whoever helps. */
  private static void assertWaysBack(Document page, int status) {
    assertThat(page.select("main ul.next-steps a")).extracting(link -> link.attr("href"), Element::text).containsExactly(
        tuple("/", "Về trang đầu"), tuple("/camunda/app/tasklist/", "Mở Tasklist để xem việc cần làm"));
    assertThat(page.select("main .muted").text()).isEqualTo("Mã lỗi: " + status);
  }
}
