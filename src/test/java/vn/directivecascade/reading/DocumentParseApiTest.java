package vn.directivecascade.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.rest.EngineRestClient;
import vn.directivecascade.rest.EngineRestClient.FilePart;

/** {@code POST /api/documents/parse} as tools call it: text or a file in, what was read out, nothing created. */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentParseApiTest {

  private static final String PATH = "/api/documents/parse";
  private static final String DRAFTER = "lai-chau-syt-drafter";

  @LocalServerPort int port;
  @Autowired DirectiveRepository directives;
  @Autowired RuntimeService runtimeService;
  EngineRestClient rest;

  @BeforeEach
  void connect() {
    rest = new EngineRestClient(port);
  }

  @Test
  void pastedTextIsReadWithTheSourceOfEachValueAndNothingIsCreated() throws IOException {
    long documentsBefore = directives.count();
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();
    String text = Files.readString(DocumentCorpusTest.CORPUS.resolve("01-ke-hoach-so-y-te-lai-chau-2020.txt"), StandardCharsets.UTF_8);

    HttpResponse<String> response = rest.postText(DRAFTER, PATH, text);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode reading = rest.parse(response.body());
    assertThat(reading.get("numberSymbol").isNull()).as("the number is left blank in the text").isTrue();
    assertThat(reading.get("issueDate").isNull()).as("the day is left blank").isTrue();
    assertThat(reading.get("documentType").asText()).isEqualTo("Kế hoạch");
    assertThat(reading.get("issuer").asText()).isEqualTo("Sở Y tế");
    assertThat(reading.get("issuerCode").asText()).isEqualTo("lai-chau-syt");
    assertThat(reading.get("place").asText()).isEqualTo("Lai Châu");
    assertThat(reading.get("title").asText()).startsWith("Thực hiện Kế hoạch số 916/KH-UBND ngày 12/5/2020 của UBND tỉnh Lai Châu");
    assertThat(reading.get("basis").findValuesAsText("numberSymbol")).containsExactly("916/KH-UBND", "416/QĐ-TTg", "37-CT/TW");
    assertThat(reading.get("basis").get(0).get("date").asText()).isEqualTo("2020-05-12");
    JsonNode reporting = reading.get("reporting").get(0);
    assertThat(reporting.get("period").asText()).isEqualTo("annual");
    assertThat(reporting.get("dueDayMonth").get(0).asText()).isEqualTo("05/11");
    assertThat(reporting.get("recipientCode").asText()).isEqualTo("lai-chau-syt");
    assertThat(reporting.get("via").asText()).isEqualTo("phòng Tổ chức cán bộ");
    assertThat(reporting.get("phrase").asText()).contains("định kỳ trước ngày 05/11 hàng năm báo cáo Sở Y tế");
    assertThat(reading.get("recipients").findValuesAsText("name")).containsExactly("Các đơn vị trực thuộc", "Lãnh đạo Sở",
        "Công đoàn Ngành Y tế");
    assertThat(reading.get("signatory").get("name").asText()).isEqualTo("Nguyễn Văn Đối");
    assertThat(reading.get("signatory").get("position").asText()).isEqualTo("GIÁM ĐỐC");
    assertThat(reading.get("sources").get("place").asText()).contains("Lai Châu, ngày");
    assertThat(reading.get("warnings").toString()).contains("Số văn bản để trống", "Ngày ban hành chưa ghi đủ");

    assertThat(directives.count()).as("documents").isEqualTo(documentsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).as("process instances").isEqualTo(instancesBefore);
  }

  @Test
  void aDocxIsReadWithItsHeaderTableAndAppendixTaskTable() throws IOException {
    byte[] docx;
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      table(document, List.of(List.of("UBND THÀNH PHỐ HÀ NỘI\nSố: 131/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          + "Hà Nội, ngày 22 tháng 6 năm 2020")));
      document.createParagraph().createRun().setText("KẾ HOẠCH");
      document.createParagraph().createRun().setText("Thực hiện Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư Trung ương Đảng");
      document.createParagraph().createRun().setText("Sở Lao động – Thương binh và Xã hội tổng hợp, báo cáo UBND Thành phố vào tháng 12 hằng năm.");
      table(document, List.of(
          List.of("TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian"),
          List.of("1", "Tổ chức quán triệt Chỉ thị 37-CT/TW", "Sở Lao động – Thương binh và Xã hội", "Sở Nội vụ\nSở Tư pháp", "Kế hoạch", "Năm 2020")));
      document.write(out);
      docx = out.toByteArray();
    }

    JsonNode reading = rest.parse(rest.postMultipart("ha-noi-drafter", PATH, Map.of(), List.of(new FilePart("file", "131-KH-UBND.docx", docx)), 200));

    assertThat(reading.get("numberSymbol").asText()).isEqualTo("131/KH-UBND");
    assertThat(reading.get("issuerCode").asText()).isEqualTo("ha-noi");
    assertThat(reading.get("issueDate").asText()).isEqualTo("2020-06-22");
    assertThat(reading.get("basis").get(0).get("relation").asText()).isEqualTo("IMPLEMENTS");
    JsonNode reporting = reading.get("reporting").get(0);
    assertThat(reporting.get("reporterCodes").get(0).asText()).isEqualTo("ha-noi-sldtbxh");
    assertThat(reporting.get("recipientCode").asText()).isEqualTo("ha-noi");
    assertThat(reporting.get("dueMonth").asInt()).isEqualTo(12);
    JsonNode task = reading.get("tasks").get(0);
    assertThat(task.get("lead").asText()).isEqualTo("Sở Lao động – Thương binh và Xã hội");
    assertThat(List.of(task.get("cooperators").get(0).asText(), task.get("cooperators").get(1).asText())).containsExactly("Sở Nội vụ", "Sở Tư pháp");
    assertThat(task.get("timeFrame").asText()).isEqualTo("Năm 2020");
  }

  @Test
  void badInputIsRefusedWithItsReason() {
    HttpResponse<String> blank = rest.postText(DRAFTER, PATH, "  \n ");
    assertThat(blank.statusCode()).as(blank.body()).isEqualTo(400);
    assertThat(rest.parse(blank.body()).get("errors").get("text").asText()).contains("văn bản trống");
    assertFileRefused("anh.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}, "'anh.pdf' không phải tệp như vậy");
    assertFileRefused("bang.xlsx", new byte[] {'P', 'K', 3, 4}, "'bang.xlsx' không phải tệp như vậy");
    assertFileRefused("lon.txt", new byte[(int) DocumentText.MAX_BYTES + 1], "tệp lớn hơn 10 MB");
    assertThat(rest.postText(null, PATH, "KẾ HOẠCH").statusCode()).as("anonymous, without credentials or the form's token")
        .isEqualTo(403);
  }

  private void assertFileRefused(String fileName, byte[] content, String message) {
    String body = rest.postMultipart(DRAFTER, PATH, Map.of(), List.of(new FilePart("file", fileName, content)), 400);
    assertThat(rest.parse(body).get("errors").get("file").asText()).contains(message);
  }

  private static XWPFTable table(XWPFDocument document, List<List<String>> rows) {
    XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
    for (int row = 0; row < rows.size(); row++) {
      for (int column = 0; column < rows.get(row).size(); column++) {
        String[] lines = rows.get(row).get(column).split("\n");
        var cell = table.getRow(row).getCell(column);
        cell.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int line = 1; line < lines.length; line++) {
          cell.addParagraph().createRun().setText(lines[line]);
        }
      }
    }
    return table;
  }
}
