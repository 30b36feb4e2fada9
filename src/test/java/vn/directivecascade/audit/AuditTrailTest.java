package vn.directivecascade.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.directivecascade.rest.CascadeOverRest;
import vn.directivecascade.rest.EngineRestClient;
import vn.directivecascade.ServesThisContextsEngine;

/** Who drafted, returned and approved a plan, and when, read back from history on the audit page. */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailTest {

  @LocalServerPort int port;

  @Test
  void theAuditPageShowsWhoDraftedReturnedAndApprovedAndWhenToThoseWhoMayReadIt() {
    EngineRestClient rest = new EngineRestClient(port);
    CascadeOverRest cascade = new CascadeOverRest(rest, Duration.ofSeconds(30));
    String instance = cascade.start("kon-tum");
    cascade.draft("kon-tum", instance, List.of());
    String approval = cascade.awaitTask("kon-tum-approver", instance, "approve-plan", "kon-tum-approvers");
    rest.call("kon-tum-approver", "POST", "/engine-rest/task/" + approval + "/claim", Map.of("userId", "kon-tum-approver"), 204);
    rest.call("kon-tum-approver", "POST", "/engine-rest/task/" + approval + "/complete", Map.of("variables", Map.of(
        "decision", EngineRestClient.value("return"), "comment", EngineRestClient.value("Bổ sung phân công mục II"))), 204);
    cascade.draft("kon-tum", instance, List.of());
    cascade.approve("kon-tum", instance);

    HttpResponse<String> page = rest.send("kon-tum-approver", "GET", "/audit/" + instance, null);
    assertThat(page.statusCode()).isEqualTo(200);
    List<List<String>> rows = rows(page.body());
    assertThat(rows).extracting(row -> row.get(1) + " | " + row.get(2)).containsExactly(
        "kon-tum-drafter | Bắt đầu (vào sổ văn bản)",
        "kon-tum-drafter | Nhận xử lý",
        "kon-tum-drafter | Soạn xong, trình duyệt kế hoạch",
        "kon-tum-approver | Nhận xử lý",
        "kon-tum-approver | Trả lại",
        "kon-tum-drafter | Soạn xong, trình duyệt kế hoạch", // the plan came back to its drafter: nothing to claim
        "kon-tum-approver | Nhận xử lý",
        "kon-tum-approver | Duyệt");
    assertThat(rows.get(4).get(4)).isEqualTo("Bổ sung phân công mục II");
    String today = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()
        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertThat(rows).allSatisfy(row -> assertThat(row.get(0)).startsWith(today));

    assertThat(rest.send("ha-noi-approver", "GET", "/audit/" + instance, null).statusCode())
        .as("another province cannot read it").isEqualTo(404);
    assertThat(rest.send(null, "GET", "/audit/" + instance, null).statusCode()).isEqualTo(401);
  }

  /** The cells of each body row of the audit table. */
  private static List<List<String>> rows(String html) {
    String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
    return Pattern.compile("(?s)<tr>(.*?)</tr>").matcher(body).results().map(row -> {
      Matcher cells = Pattern.compile("(?s)<td>(.*?)</td>").matcher(row.group(1));
      return cells.results().map(cell -> cell.group(1).replaceAll("<[^>]+>", "").trim()).toList();
    }).toList();
  }
}
