package vn.directivecascade.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.directivecascade.ServesThisContextsEngine;
import vn.directivecascade.cascade.CascadeDriver;
import vn.directivecascade.cascade.DirectiveCascadeProcess;

/**
 * The pages over HTTP, as a drafter of Hà Nội signed in (HTTP Basic): the form, a blank text
 * refused on it, the links from "Việc của tôi", and confirming a reviewed form: a good one submits
 * the draft, a bad one comes back with each message beside its field and the values kept.
 */
@ExtendWith(ServesThisContextsEngine.class)
@SpringBootTest
@AutoConfigureMockMvc
class DocumentReviewControllerTest {

  static final String DRAFTER = "ha-noi-drafter";

  @Autowired MockMvc mvc;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  ProcessInstance instance;
  Task draft;

  @BeforeEach
  void draftTask() {
    CascadeDriver cascade = new CascadeDriver(engine);
    instance = cascade.start("ha-noi", "chinh-phu");
    draft = cascade.task(instance, DirectiveCascadeProcess.Elements.DRAFT_PLAN);
  }

  @AfterEach
  void endIt() {
    List<String> started = historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(instance.getId()).unfinished().list()
        .stream().map(HistoricProcessInstance::getId).toList();
    runtimeService.deleteProcessInstancesIfExists(started, "test ended", true, true, true);
  }

  @Test
  void myWorkLinksToTheFormWhichRefusesABlankTextKeepingWhatWasEntered() throws Exception {
    Document myWork = page(mvc.perform(as(get("/board/my-work"), DRAFTER)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(myWork.select("tr[data-task-id=" + draft.getId() + "] a.read-plan").attr("href")).isEqualTo("/documents/read?task=" + draft.getId());
    assertThat(myWork.select("header a.read-document").text()).isEqualTo("Đọc văn bản");

    Document form = page(mvc.perform(as(get("/documents/read").param("task", draft.getId()), DRAFTER)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
    assertThat(form.select("h1").text()).isEqualTo("Đọc văn bản kế hoạch");
    assertThat(form.select("form.read-document input[name=task]").val()).isEqualTo(draft.getId());

    Document refused = page(mvc.perform(as(post("/documents/read").param("task", draft.getId()).param("text", "  \n "), DRAFTER))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
    assertThat(refused.select("p.error[data-field=text]").text()).contains("văn bản trống");
    assertThat(refused.select("form.read-document input[name=task]").val()).isEqualTo(draft.getId());

    mvc.perform(as(get("/documents/read").param("task", draft.getId()), "lai-chau-drafter")).andExpect(status().isNotFound());
  }

  @Test
  void aBadConfirmComesBackWithItsMessagesAndAGoodOneSubmitsTheDraft() throws Exception {
    MockHttpServletRequestBuilder bad = confirm("semiannual", "01/13/2020");
    Document page = page(mvc.perform(as(bad, DRAFTER)).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
    assertThat(page.select("tr[data-field=issueDate] p.error").text()).as("refused, not read as another day")
        .isEqualTo("'01/13/2020': không có tháng 13 (tháng từ 1 đến 12, viết ngày trước, tháng sau)");
    assertThat(page.select("input[name=numberSymbol]").val()).as("kept").isEqualTo("12/KH-UBND");
    assertThat(page.select("tr[data-field=numberSymbol] td.source").text()).isEqualTo("Số: 12/KH-UBND");
    assertThat(page.select("li.warning").text()).isEqualTo("Không rõ người ký");
    assertThat(page.select("input[name=cascadeOrgs][checked]").eachAttr("value")).containsExactly("ha-noi-syt");
    assertThat(page.select("table.review-tasks textarea[name='tasks[0].content']").text()).isEqualTo("Tuyên truyền, phổ biến Chỉ thị số 37-CT/TW");

    Document refusedByTheTask = page(mvc.perform(as(confirm("semiannual", "22/06/2020"), DRAFTER))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
    assertThat(refusedByTheTask.select("p.error[data-field=reporting]").text()).contains("cần 2 ngày");
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).as("still open").isEqualTo(1);

    mvc.perform(as(confirm("annual", "22/06/2020"), DRAFTER)).andExpect(redirectedUrl("/board/my-work")).andExpect(flash().attribute("flash", "reading.confirmed.draft"));
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).as("submitted").isZero();
    assertThat(runtimeService.getVariable(instance.getId(), DirectiveCascadeProcess.Variables.PLAN_TITLE)).isEqualTo("Thực hiện Chỉ thị số 37-CT/TW");
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey()).isEqualTo("approve-plan");
  }

  @Test
  void aReceivedDocumentWithAnUnknownIssuerIsRefusedBesideThatFieldAndAGoodOneStartsItsCascade() throws Exception {
    String number = CascadeDriver.uniqueNumber("QĐ-TTg");
    MockHttpServletRequestBuilder received = post("/documents/confirm").param("orgCode", "ha-noi").param("documentType", "QUYET_DINH")
        .param("numberSymbol", number).param("issueDate", "25/03/2020").param("title", "Ban hành Kế hoạch thực hiện Chỉ thị số 37-CT/TW")
        .param("text", "QUYẾT ĐỊNH …");
    Document page = page(mvc.perform(as(received.param("issuerCode", "khong-co-don-vi"), DRAFTER)).andExpect(status().isBadRequest())
        .andReturn().getResponse().getContentAsString());
    assertThat(page.select("tr[data-field=issuerCode] p.error").text()).contains("khong-co-don-vi");
    assertThat(page.select("select[name=orgCode] option").eachAttr("value")).containsExactly("ha-noi");
    assertThat(historyService.createHistoricVariableInstanceQuery().variableValueEquals(DirectiveCascadeProcess.Variables.DIRECTIVE_NUMBER, number)
        .count()).isZero();

    MockHttpServletRequestBuilder good = post("/documents/confirm").param("orgCode", "ha-noi").param("documentType", "QUYET_DINH")
        .param("numberSymbol", number).param("issueDate", "25/03/2020").param("title", "Ban hành Kế hoạch thực hiện Chỉ thị số 37-CT/TW")
        .param("issuerCode", "chinh-phu");
    mvc.perform(as(good, DRAFTER)).andExpect(redirectedUrlPattern("/board/cascades/*"));
    ProcessInstance started = runtimeService.createProcessInstanceQuery().variableValueEquals(DirectiveCascadeProcess.Variables.DIRECTIVE_NUMBER, number)
        .singleResult();
    assertThat(started).isNotNull();
    runtimeService.deleteProcessInstance(started.getId(), "test ended", true, true);
  }

  @Test
  void aReceivedDocumentIsReadIntoTheReviewPageWithTheOrganisationsToChooseFrom() throws Exception {
    String text = new ClassPathResource(DocumentReviewBrowserTest.PLAN).getContentAsString(StandardCharsets.UTF_8);
    Document page = page(mvc.perform(as(post("/documents/read").param("text", text), "lai-chau-syt-drafter")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
    assertThat(page.select("h1").text()).isEqualTo("Kiểm tra thông tin đọc được");
    assertThat(page.select("input[name=task]").val()).as("a received document").isEmpty();
    assertThat(page.select("select[name=orgCode] option[selected]").val()).isEqualTo("lai-chau-syt");
    assertThat(page.select("select[name=issuerCode] option").eachAttr("value")).contains("lai-chau", "chinh-phu", "ban-bi-thu");
    assertThat(page.select("select[name=documentType] option[selected]").val()).isEqualTo("KE_HOACH");
    assertThat(page.select("input[name=numberSymbol]").val()).isEqualTo("12/KH-SYT");
    assertThat(page.select("tr[data-field=issueDate] td.source").text()).contains("ngày 20 tháng 5 năm 2020");
    assertThat(page.select("textarea[name=text]").text()).as("the text travels with the form").contains("Nguyễn Văn Đối");
  }

  /** A reviewed draft as the page sends it. */
  private MockHttpServletRequestBuilder confirm(String period, String issueDate) {
    return post("/documents/confirm").param("task", draft.getId()).param("documentType", "KE_HOACH").param("numberSymbol", "12/KH-UBND")
        .param("issueDate", issueDate).param("title", "Thực hiện Chỉ thị số 37-CT/TW").param("text", "KẾ HOẠCH\nThực hiện Chỉ thị số 37-CT/TW")
        .param("issuerCode", "ha-noi").param("cascadeOrgs", "ha-noi-syt").param("_cascadeOrgs", "on")
        .param("sources[numberSymbol]", "Số: 12/KH-UBND").param("warnings[0]", "Không rõ người ký")
        .param("reporting[0].reporters", "Sở Y tế").param("reporting[0].reporterCodes", "ha-noi-syt").param("reporting[0].period", period)
        .param("reporting[0].due", "05/11").param("reporting[0].phrase", "trước ngày 05/11 hằng năm báo cáo UBND Thành phố")
        .param("tasks[0].number", "1").param("tasks[0].content", "Tuyên truyền, phổ biến Chỉ thị số 37-CT/TW")
        .param("tasks[0].lead", "Sở Thông tin và Truyền thông").param("tasks[0].cooperators", "Sở Nội vụ").param("tasks[0].product", "Kế hoạch")
        .param("tasks[0].timeFrame", "Năm 2020");
  }

  private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
    return request.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
  }

  private static Document page(String html) {
    return Jsoup.parse(html);
  }
}
