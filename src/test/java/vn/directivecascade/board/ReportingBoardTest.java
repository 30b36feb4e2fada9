package vn.directivecascade.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.reporting.ReportingDriver;
import vn.directivecascade.reporting.ReportingRegimeService;
import vn.directivecascade.rest.EngineRestClient;

/**
 * The board's reporting pages over HTTP for a real plan of the Lai Châu health department: three
 * units report yearly by 05/11 (one on time, one late, one not at all), the department consolidates
 * by 06/12 (a Saturday, shown as such). Read on 06/11/2025 by the department's approver.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingBoardTest {

  static final String APPROVER = "lai-chau-syt-approver";
  static final String OTHER_PROVINCE = "ha-noi-approver";
  static final String HOSPITAL = "lai-chau-syt-bvdk";
  static final String CDC = "lai-chau-syt-cdc";
  static final String DISTRICT = "lai-chau-syt-ttyt-tam-duong";
  static final String DEPARTMENT = "lai-chau-syt";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ReportingSummaryService summaries;

  EngineRestClient rest;
  long plan;

  @BeforeAll
  void reportForAYear() {
    rest = new EngineRestClient(port);
    ReportingDriver reporting = new ReportingDriver(engine);
    ReportingDriver.clock(2025, 10, 1, 9, 0);
    plan = reporting.issuePlan(DEPARTMENT, "lai-chau", List.of(HOSPITAL, CDC, DISTRICT),
        Map.of(ReportingRegimeService.Fields.PERIOD_KIND, "ANNUAL", ReportingRegimeService.Fields.REPORTER_DUE, "05/11",
            ReportingRegimeService.Fields.CONSOLIDATOR_DUE, "06/12",
            ReportingRegimeService.Fields.TARGETS, "Đơn vị tổ chức đối thoại tại nơi làm việc | >= | 75 | %"));
    ReportingDriver.clock(2025, 10, 22, 8, 1);
    reporting.executeJobs(); // the 2025 window opens
    ReportingDriver.clock(2025, 10, 23, 10, 0);
    reporting.submit(plan, HOSPITAL, "2025-ANNUAL-1", 3, 4);
    ReportingDriver.clock(2025, 11, 6, 9, 0);
    reporting.executeJobs(); // the units' deadline has passed: the district is overdue, the department consolidates
    reporting.submit(plan, CDC, "2025-ANNUAL-1", 1, 2);
    reporting.submit(plan, DEPARTMENT, "2025-ANNUAL-1", 4, 6);
  }

  @BeforeEach
  void readOn0611() {
    ReportingDriver.clock(2025, 11, 6, 9, 30);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theMatrixShowsEachOrganisationsStatusDueDateAndSubmissionPerPeriod() {
    String page = page(APPROVER, "/board/plans/" + plan + "/reporting");
    Map<String, Map<String, String>> cells = cells(page);
    assertThat(cells.keySet()).containsExactly(HOSPITAL, CDC, DISTRICT, DEPARTMENT);
    assertThat(cells.get(HOSPITAL)).containsExactly(
        Map.entry("2025-ANNUAL-1", "SUBMITTED_ON_TIME | Đã gửi đúng hạn Hạn: 05/11/2025 Đã gửi: 23/10/2025 10:00"),
        Map.entry("2026-ANNUAL-1", "NOT_YET_OPEN | Chưa đến kỳ Hạn: 05/11/2026"));
    assertThat(cells.get(CDC).get("2025-ANNUAL-1")).isEqualTo("SUBMITTED_LATE | Gửi muộn Hạn: 05/11/2025 Đã gửi: 06/11/2025 09:00");
    assertThat(cells.get(DISTRICT).get("2025-ANNUAL-1")).isEqualTo("OVERDUE | Quá hạn, chưa gửi Hạn: 05/11/2025");
    assertThat(cells.get(DEPARTMENT)).containsExactly(
        Map.entry("2025-ANNUAL-1", "SUBMITTED_ON_TIME | Đã gửi đúng hạn Hạn: 06/12/2025 (rơi vào ngày nghỉ cuối tuần) Đã gửi: 06/11/2025 09:00"),
        Map.entry("2026-ANNUAL-1", "NOT_YET_OPEN | Chưa đến kỳ Hạn: 06/12/2026 (rơi vào ngày nghỉ cuối tuần)"));

    assertThat(page).as("each badge in its category's colour")
        .containsPattern("data-org=\"" + DISTRICT + "\"(?s).*?data-period=\"2025-ANNUAL-1\"[^>]*>\\s*<span class=\"badge cat-overdue\">Quá hạn, chưa gửi</span>")
        .containsPattern("data-org=\"" + CDC + "\"(?s).*?data-period=\"2025-ANNUAL-1\"[^>]*>\\s*<span class=\"badge cat-done-late\">Gửi muộn</span>");
    assertThat(text(page)).contains("Báo cáo năm", "Năm 2025", "Năm 2026", "Sở Y tế tỉnh Lai Châu (cơ quan tổng hợp)", "Đơn vị cơ sở",
        "Chú giải màu", "Hoàn thành quá hạn");
    assertThat(page.substring(0, page.indexOf("</head>"))).as("the page's own title only")
        .containsOnlyOnce("<title>").contains("<title>Tình hình báo cáo định kỳ – Kế hoạch ");
    assertThat(page).contains("href=\"/board/plans/" + plan + "/reporting.xlsx\"", "href=\"/board/plans/" + plan + "/targets\"");
  }

  @Test
  void levelAndOverdueFiltersChooseTheRows() {
    String base = "/board/plans/" + plan + "/reporting";
    assertThat(cells(page(APPROVER, base + "?level=UNIT")).keySet()).containsExactly(HOSPITAL, CDC, DISTRICT);
    assertThat(cells(page(APPROVER, base + "?level=DEPARTMENT")).keySet()).containsExactly(DEPARTMENT);
    String overdue = page(APPROVER, base + "?overdue=true");
    assertThat(cells(overdue).keySet()).containsExactly(DISTRICT);
    assertThat(overdue).as("the filter stays chosen, and the exports carry it")
        .containsPattern("<input type=\"checkbox\" name=\"overdue\" value=\"true\" checked")
        .contains("href=\"/board/plans/" + plan + "/reporting.csv?overdue=true\"");
    String none = page(APPROVER, base + "?level=DEPARTMENT&overdue=true");
    assertThat(cells(none)).isEmpty();
    assertThat(text(none)).contains("Không có đơn vị nào khớp bộ lọc.");
    assertThat(page(APPROVER, base + "?level=UNIT&overdue=true"))
        .contains("<option value=\"UNIT\" selected=\"selected\">Đơn vị cơ sở</option>", "<option value=\"DEPARTMENT\">Sở, ban, ngành</option>")
        .doesNotContain("<option value=\"PROVINCE\"");
    assertThat(rest.send(APPROVER, "GET", base + "?level=DISTRICT", null).statusCode()).as("no such level").isEqualTo(400);
  }

  @Test
  void theSpreadsheetHasTheFilteredMatrixWithRealDates() throws IOException {
    HttpResponse<byte[]> download = rest.download(APPROVER, "/board/plans/" + plan + "/reporting.xlsx");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"bao-cao-ke-hoach-" + plan + ".xlsx\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Tình hình báo cáo");
      List<List<String>> rows = rows(sheet);
      assertThat(rows).hasSize(1 + 4 * 2);
      assertThat(rows.get(0)).containsExactly("Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo", "Tình trạng", "Hạn gửi", "Thời điểm gửi");
      assertThat(rows.get(1)).containsExactly(HOSPITAL, "Bệnh viện Đa khoa tỉnh Lai Châu", "Năm 2025", "Đã gửi đúng hạn", "05/11/2025",
          "23/10/2025 10:00");
      assertThat(rows.get(2)).containsExactly(HOSPITAL, "Bệnh viện Đa khoa tỉnh Lai Châu", "Năm 2026", "Chưa đến kỳ", "05/11/2026", "");
      assertThat(rows.get(3)).containsExactly(CDC, "Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu", "Năm 2025", "Gửi muộn", "05/11/2025",
          "06/11/2025 09:00");
      assertThat(rows.get(5)).containsExactly(DISTRICT, "Trung tâm Y tế huyện Tam Đường", "Năm 2025", "Quá hạn, chưa gửi", "05/11/2025", "");
      assertThat(rows.get(7)).containsExactly(DEPARTMENT, "Sở Y tế tỉnh Lai Châu", "Năm 2025", "Đã gửi đúng hạn", "06/12/2025",
          "06/11/2025 09:00");
      Row hospital = sheet.getRow(1);
      assertThat(hospital.getCell(4).getLocalDateTimeCellValue().toLocalDate()).as("a date, not text").isEqualTo(LocalDate.of(2025, 11, 5));
      assertThat(hospital.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 10, 23, 10, 0));
    }

    HttpResponse<byte[]> filtered = rest.download(APPROVER, "/board/plans/" + plan + "/reporting.xlsx?level=UNIT&overdue=true");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filtered.body()))) {
      assertThat(rows(workbook.getSheetAt(0))).extracting(row -> row.get(0) + " " + row.get(2))
          .containsExactly("Mã đơn vị Kỳ báo cáo", DISTRICT + " Năm 2025", DISTRICT + " Năm 2026");
    }
  }

  @Test
  void theCsvIsUtf8WithByteOrderMarkHeaderAndQuotedFields() {
    HttpResponse<byte[]> download = rest.download(APPROVER, "/board/plans/" + plan + "/reporting.csv?level=UNIT");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"bao-cao-ke-hoach-" + plan + ".csv\"");
    byte[] body = download.body();
    assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
    String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertThat(csv.split("\r\n", -1)).containsExactly(
        "Mã đơn vị,Tên đơn vị,Kỳ báo cáo,Tình trạng,Hạn gửi,Thời điểm gửi",
        HOSPITAL + ",Bệnh viện Đa khoa tỉnh Lai Châu,Năm 2025,Đã gửi đúng hạn,05/11/2025,23/10/2025 10:00",
        HOSPITAL + ",Bệnh viện Đa khoa tỉnh Lai Châu,Năm 2026,Chưa đến kỳ,05/11/2026,",
        CDC + ",Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu,Năm 2025,Gửi muộn,05/11/2025,06/11/2025 09:00",
        CDC + ",Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu,Năm 2026,Chưa đến kỳ,05/11/2026,",
        DISTRICT + ",Trung tâm Y tế huyện Tam Đường,Năm 2025,\"Quá hạn, chưa gửi\",05/11/2025,",
        DISTRICT + ",Trung tâm Y tế huyện Tam Đường,Năm 2026,Chưa đến kỳ,05/11/2026,",
        "");

    assertThat(ReportingExports.field("Sở \"A\", B")).isEqualTo("\"Sở \"\"A\"\", B\"");
    assertThat(ReportingExports.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
    assertThat(ReportingExports.field("=1+1")).as("not run as a formula").isEqualTo("'=1+1");
    assertThat(ReportingExports.field(null)).isEmpty();
  }

  @Test
  void theTargetsPageRollsUpTheUnitsFiguresAndChartsEachAgainstTheGoal() {
    String page = page(APPROVER, "/board/plans/" + plan + "/targets");
    String text = text(page);
    assertThat(text).contains("Đơn vị tổ chức đối thoại tại nơi làm việc", "Chỉ tiêu: ≥ 75 %",
        "Tổng hợp kỳ Năm 2025: 66,7 % (4/6) chưa đạt");
    assertThat(tableRows(page)).as("the units' figures; the department's own report (their consolidation) is not counted again")
        .containsExactly(
            List.of("Bệnh viện Đa khoa tỉnh Lai Châu", "3/4", "75,0 %", "đạt"),
            List.of("Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu", "1/2", "50,0 %", "chưa đạt"),
            List.of("Tổng hợp", "4/6", "66,7 %", "chưa đạt"));

    String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
    assertThat(svg).contains("role=\"img\"", "viewBox=\"0 0 640 116\"")
        .contains("<title id=\"chart-", "Đơn vị tổ chức đối thoại tại nơi làm việc: kết quả từng đơn vị so với chỉ tiêu ≥ 75 %</title>")
        .contains("<title>Bệnh viện Đa khoa tỉnh Lai Châu: 75,0 % – đạt</title>",
            "<title>Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu: 50,0 % – chưa đạt</title>");
    assertThat(Pattern.compile("<rect ").matcher(svg).results().count()).as("one bar per organisation").isEqualTo(2);
    assertThat(svg).as("bars scaled to 100 % over 440 px, coloured by met / not met")
        .contains("<rect class=\"bar-met\" x=\"8.0\" y=\"47\" width=\"330.0\" height=\"14\">")
        .contains("<rect class=\"bar-not-met\" x=\"8.0\" y=\"87\" width=\"220.0\" height=\"14\">")
        .contains("<line class=\"goal-line\" x1=\"338.0\" x2=\"338.0\"")
        .contains(">Chỉ tiêu ≥ 75 %</text>");
  }

  @Test
  void englishLabelsWithLangEn() {
    String matrix = text(page(APPROVER, "/board/plans/" + plan + "/reporting?lang=en"));
    assertThat(matrix).contains("Periodic reporting", "Annual reports", "Year 2025", "Submitted on time", "Submitted late",
        "Overdue, not submitted", "Not yet open", "Due: 06/12/2025 (falls on a weekend)", "Submitted: 23/10/2025 10:00",
        "consolidating agency", "Colour legend")
        .doesNotContain("Đã gửi đúng hạn");
    String targets = text(page(APPROVER, "/board/plans/" + plan + "/targets?lang=en"));
    assertThat(targets).contains("Plan targets", "Target: ≥ 75 %", "Rolled up, Year 2025: 66.7 % (4/6) not met", "75.0 % – met");
    HttpResponse<byte[]> csv = rest.download(APPROVER, "/board/plans/" + plan + "/reporting.csv?lang=en&overdue=true");
    assertThat(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n")).containsExactly(
        "\uFEFFOrganisation code,Organisation,Period,Status,Due,Submitted at",
        DISTRICT + ",Trung tâm Y tế huyện Tam Đường,Year 2025,\"Overdue, not submitted\",05/11/2025,",
        DISTRICT + ",Trung tâm Y tế huyện Tam Đường,Year 2026,Not yet open,05/11/2026,");
  }

  @Test
  void anotherProvinceFindsNothing() {
    for (String path : List.of("/reporting", "/reporting.xlsx", "/reporting.csv", "/targets")) {
      assertThat(rest.download(OTHER_PROVINCE, "/board/plans/" + plan + path).statusCode()).as(path).isEqualTo(404);
      assertThat(rest.download(APPROVER, "/board/plans/" + plan + path).statusCode()).as(path).isEqualTo(200);
      assertThat(rest.download(APPROVER, "/board/plans/987654321" + path).statusCode()).as("no such plan: " + path).isEqualTo(404);
      assertThat(rest.download(null, "/board/plans/" + plan + path).statusCode()).as("anonymous: a challenge, or a browser to the login page")
          .isIn(401, 302);
    }
  }

  @Test
  void theDepartmentsDrafterSeesTheUnitsOpenReportsAsOpenThoughTheirInstancesAreNotGrantedToThem() {
    ReportingDriver.clock(2025, 10, 23, 10, 30); // the 2025 window is open, the district has not submitted
    Map<String, Map<String, String>> cells = cells(page("lai-chau-syt-drafter", "/board/plans/" + plan + "/reporting"));
    assertThat(cells.get(DISTRICT).get("2025-ANNUAL-1")).startsWith("OPEN | ");
    assertThat(cells).isEqualTo(cells(page(APPROVER, "/board/plans/" + plan + "/reporting")));
  }

  @Test
  void theDirectivesListShowsTheCurrentPeriodsReportsAndThePlanLinksToItsReporting() {
    String entry = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("directive-cascade")
        .variableValueEquals("issuedPlanId", plan).singleResult().getId();
    Element row = Jsoup.parse(page(APPROVER, "/board")).selectFirst("tr[data-instance=" + entry + "]");
    assertThat(row).isNotNull();
    assertThat(row.select("td.reports .badge")).extracting(Element::text).containsExactly("2 đúng hạn", "1 trễ hạn", "1 chưa nộp");

    Document plan = Jsoup.parse(page(APPROVER, "/board/documents/" + this.plan));
    assertThat(plan.select("a.reporting").attr("href")).isEqualTo("/board/plans/" + this.plan + "/reporting");
    assertThat(plan.select("a.targets").attr("href")).isEqualTo("/board/plans/" + this.plan + "/targets");
  }

  @Test
  void theSummaryCountsTheLatestOpenedPeriodOfTheVisiblePlans() {
    List<Long> plans = List.of(plan, plan, 987654321L);
    assertThat(summaries.currentPeriod(plans)).as("2025 (2026 is not open yet): the hospital and the department on time, the cdc late,"
        + " the district missing; a plan without regime skipped, a plan counted once")
        .isEqualTo(new ReportingSummaryService.ReportingSummary(2, 1, 1));
    assertThat(as(APPROVER, "lai-chau-syt-approvers", () -> summaries.currentPeriod(plans)))
        .isEqualTo(new ReportingSummaryService.ReportingSummary(2, 1, 1));
    assertThat(as(OTHER_PROVINCE, "ha-noi-approvers", () -> summaries.currentPeriod(plans))).as("not visible: skipped")
        .isEqualTo(new ReportingSummaryService.ReportingSummary(0, 0, 0));
    assertThat(summaries.currentPeriod(List.of())).isEqualTo(new ReportingSummaryService.ReportingSummary(0, 0, 0));
  }

  private static <T> T as(String user, String group, java.util.function.Supplier<T> action) {
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(new SimpleGrantedAuthority(group))));
    try {
      return action.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private String page(String user, String path) {
    HttpResponse<String> response = rest.send(user, "GET", path, null);
    assertThat(response.statusCode()).as("GET %s as %s", path, user).isEqualTo(200);
    return response.body();
  }

  /** Per organisation (data-org), per period (data-period): "status | the cell's text". */
  private static Map<String, Map<String, String>> cells(String html) {
    Map<String, Map<String, String>> cells = new LinkedHashMap<>();
    Matcher rows = Pattern.compile("(?s)<tr data-org=\"([^\"]+)\">(.*?)</tr>").matcher(html);
    while (rows.find()) {
      Map<String, String> row = new LinkedHashMap<>();
      Matcher cell = Pattern.compile("(?s)<td data-period=\"([^\"]+)\" data-status=\"([^\"]+)\">(.*?)</td>").matcher(rows.group(2));
      while (cell.find()) {
        row.put(cell.group(1), cell.group(2) + " | " + text(cell.group(3)));
      }
      cells.put(rows.group(1), row);
    }
    return cells;
  }

  /** The cells of every row of the targets' table (body and footer). */
  private static List<List<String>> tableRows(String html) {
    String table = html.substring(html.indexOf("<table class=\"target-figures\">"), html.indexOf("</table>"));
    return Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>").matcher(table.substring(table.indexOf("</thead>"))).results()
        .map(row -> Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>").matcher(row.group(1)).results()
            .map(cell -> text(cell.group(1))).toList())
        .toList();
  }

  private static String text(String html) {
    return html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("<[^>]+>", " ").replace("&ndash;", "–")
        .replaceAll("\\s+", " ").replace(" :", ":").replace("( ", "(").replace(" )", ")").trim();
  }

  private static List<List<String>> rows(Sheet sheet) {
    DataFormatter formatter = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int column = 0; column < 6; column++) {
        Cell cell = row.getCell(column);
        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
      }
      rows.add(cells);
    }
    return rows;
  }
}
