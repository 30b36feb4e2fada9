package vn.directivecascade.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.plantask.PlanTaskProcess;
import vn.directivecascade.plantask.TaskTableService;
import vn.directivecascade.reporting.PeriodicReportProcess;
import vn.directivecascade.reporting.ReportingRegimeService;
import vn.directivecascade.validation.FieldLabels;

/**
 * The Tasklist forms (forms/*.html) and what they rely on, read as files: every user task and start
 * form has its form of its own name in the deployment; every field a form submits has the label the
 * server's refusals name it by; every list a form offers exists; every kind of field is one the forms'
 * script draws; a table's columns are the ones the server reads.
 */
class TaskFormsModelTest {

  private static final Path BPMN = Path.of("bpmn");
  private static final Path FORMS = Path.of("forms");
  private static final Path SCRIPT = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/shared/forms/fields.js");
  private static final String FORM_KEY = "embedded:deployment:forms/%s.html";

  @Test
  void everyUserTaskAndStartFormHasTheFormOfItsNameFromTheSameDeployment() throws IOException {
    Set<String> used = new TreeSet<>();
    for (BpmnModelInstance model : models()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaFormKey()).as("form of %s", task.getId()).isEqualTo(FORM_KEY.formatted(task.getId()));
        assertThat(task.getCamundaFormRef()).as("no Camunda Form for %s", task.getId()).isNull();
        used.add(task.getId());
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormKey() != null) {
          String process = start.getParentElement().getAttributeValue("id");
          assertThat(start.getCamundaFormKey()).as("start form of %s", process).isEqualTo(FORM_KEY.formatted("start-" + process));
          used.add("start-" + process);
        }
      }
    }
    assertThat(formNames()).as("every form in forms/ belongs to a task or start event").containsExactlyInAnyOrderElementsOf(used);
  }

  @Test
  void everyFormIsDrawnByTheFormsScript() throws IOException {
    for (String name : formNames()) {
      Document form = form(name);
      assertThat(form.select("form")).as("forms/%s.html has one form", name).hasSize(1);
      assertThat(form.select("script[cam-script]").html()).as("forms/%s.html", name).contains("DirectiveForms.attach(camForm)");
      assertThat(form.select("[data-field], [data-readonly]")).as("forms/%s.html shows something", name).isNotEmpty();
    }
  }

  @Test
  void everyFieldASubmissionCarriesHasTheLabelItsRefusalsUse() throws IOException {
    Map<String, String> labels = new FieldLabels().all();
    for (String name : formNames()) {
      for (Element field : form(name).select("[data-field]")) {
        assertThat(labels).as("label of %s in forms/%s.html (field-labels.properties)", field.attr("data-field"), name)
            .containsKey(field.attr("data-field"));
      }
    }
  }

  @Test
  void everyKindOfFieldAndEveryListIsOneThatExists() throws IOException {
    Set<String> kinds = scriptKinds();
    Set<String> lists = new TaskFormOptionsController(new FieldLabels(), null, null, null).options().choices().keySet();
    for (String name : formNames()) {
      for (Element field : form(name).select("[data-field], [data-column][data-kind]")) {
        String kind = field.attr("data-kind");
        assertThat(kind.equals("view") || kinds.contains(kind)).as("kind '%s' in forms/%s.html", kind, name).isTrue();
      }
      for (Element chooser : form(name).select("[data-choices]")) {
        assertThat(lists).as("list '%s' in forms/%s.html", chooser.attr("data-choices"), name).contains(chooser.attr("data-choices"));
      }
    }
  }

  @Test
  void aTablesColumnsAreTheOnesTheServerReads() throws IOException {
    assertColumns("draft-plan", "planTargets", ReportingRegimeService.Fields.TARGET_COLUMNS);
    assertColumns("draft-plan", "reportingMoreObligations", ReportingRegimeService.Fields.OBLIGATION_COLUMNS);
    assertColumns("draft-plan", "planTasks", TaskTableService.COLUMNS);
    assertColumns("prepare-report", "figures", PeriodicReportProcess.Variables.FIGURE_COLUMNS);
  }

  @Test
  void everyVariableAFormReadsOrWritesIsDeclaredByItsProcess() throws IOException {
    Map<String, List<Class<?>>> contracts = Map.of(
        "directive-cascade", List.of(DirectiveCascadeProcess.Variables.class, ReportingRegimeService.Fields.class, TaskTableService.class),
        "periodic-report", List.of(PeriodicReportProcess.Variables.class),
        "plan-task", List.of(PlanTaskProcess.Variables.class));
    for (BpmnModelInstance model : models()) {
      String process = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getId();
      Set<String> declared = new TreeSet<>();
      contracts.getOrDefault(process, List.of()).forEach(holder -> declared.addAll(constants(holder)));
      for (String name : formsOf(model)) {
        for (Element host : form(name).select("[data-field], [data-readonly], [data-options], [data-org], [data-within], [data-exclude]")) {
          for (String attribute : List.of("data-field", "data-readonly", "data-options", "data-org", "data-within", "data-exclude")) {
            if (host.hasAttr(attribute)) {
              assertThat(declared).as("%s of forms/%s.html declared for %s", attribute, name, process).contains(host.attr(attribute));
            }
          }
        }
      }
    }
  }

  private static Set<String> formsOf(BpmnModelInstance model) {
    Set<String> forms = new TreeSet<>();
    model.getModelElementsByType(UserTask.class).forEach(task -> forms.add(task.getId()));
    model.getModelElementsByType(StartEvent.class).stream().filter(start -> start.getCamundaFormKey() != null)
        .forEach(start -> forms.add("start-" + start.getParentElement().getAttributeValue("id")));
    return forms;
  }

  private static Set<String> constants(Class<?> holder) {
    Set<String> values = new TreeSet<>();
    for (java.lang.reflect.Field field : holder.getFields()) {
      if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          values.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return values;
  }

  private static void assertColumns(String formName, String field, String[] columns) throws IOException {
    List<String> written = form(formName).select("[data-field=" + field + "] > [data-column]").eachAttr("data-column");
    assertThat(written).as("columns of %s in forms/%s.html", field, formName).containsExactly(columns);
  }

  /** The kinds the forms' script knows: the keys of its KINDS table. */
  private static Set<String> scriptKinds() throws IOException {
    String script = Files.readString(SCRIPT);
    Matcher table = Pattern.compile("const KINDS = \\{([^}]*)}").matcher(script);
    assertThat(table.find()).as("KINDS in %s", SCRIPT).isTrue();
    Set<String> kinds = new TreeSet<>();
    Matcher key = Pattern.compile("(\\w+):").matcher(table.group(1));
    while (key.find()) {
      kinds.add(key.group(1));
    }
    return kinds;
  }

  private static List<BpmnModelInstance> models() throws IOException {
    List<BpmnModelInstance> models = new ArrayList<>();
    try (Stream<Path> files = Files.list(BPMN)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
        models.add(Bpmn.readModelFromFile(file.toFile()));
      }
    }
    return models;
  }

  private static List<String> formNames() throws IOException {
    try (Stream<Path> files = Files.list(FORMS)) {
      return files.map(path -> path.getFileName().toString()).filter(file -> file.endsWith(".html"))
          .map(file -> file.substring(0, file.length() - ".html".length())).sorted().toList();
    }
  }

  private static Document form(String name) throws IOException {
    return Jsoup.parse(Files.readString(FORMS.resolve(name + ".html")));
  }
}
