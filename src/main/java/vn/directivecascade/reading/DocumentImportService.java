package vn.directivecascade.reading;

import static vn.directivecascade.cascade.DirectiveCascadeProcess.Variables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.cascade.DirectiveCascadeProcess;
import vn.directivecascade.directive.DocumentType;
import vn.directivecascade.deadline.PeriodKind;
import vn.directivecascade.directive.SigningCapacity;
import vn.directivecascade.organization.Organization;
import vn.directivecascade.organization.OrganizationService;
import vn.directivecascade.plantask.TaskRow;
import vn.directivecascade.plantask.TaskTableImport;
import vn.directivecascade.plantask.TaskTableService;
import vn.directivecascade.reading.DocumentReading.Period;
import vn.directivecascade.reading.ReviewForm.ReportingRow;
import vn.directivecascade.reading.ReviewForm.TaskRowForm;
import vn.directivecascade.reporting.ReportingRegimeService;
import vn.directivecascade.validation.InvalidSubmissionException;
import vn.directivecascade.validation.VietnameseDate;

/**
 * Turns what was read from a document, as the person corrected it on the review page, into records
 * through the same doors as manual entry: a received document starts its directive-cascade instance
 * (as the start form or {@code POST /engine-rest/.../start} does), an own plan completes its
 * draft-plan task (as the draft-plan form in Tasklist does, so the server checks it the same way).
 * Every value is checked here first; a refusal is an {@link InvalidSubmissionException} keyed by the
 * review page's field names, and nothing is created.
 */
@Service
public class DocumentImportService {

  /** Review fields for errors of values that are not one field of the page. */
  public static final String GENERAL = "general";
  static final String REPORTING = "reporting";
  static final String TASKS = "tasks";

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final Map<Period, PeriodKind> REGIME_PERIODS = Map.of(Period.annual, PeriodKind.ANNUAL, Period.semiannual,
      PeriodKind.SEMI_ANNUAL, Period.quarterly, PeriodKind.QUARTERLY, Period.monthly, PeriodKind.MONTHLY);

  /** Process variable (start form, draft-plan form) to the review page's field. */
  private static final Map<String, String> RECEIVED_FIELDS = Map.of(ORG_CODE, "orgCode", DIRECTIVE_TYPE, "documentType",
      DIRECTIVE_NUMBER, "numberSymbol", DIRECTIVE_TITLE, "title", ISSUER_CODE, "issuerCode", ISSUE_DATE, "issueDate");
  private static final Map<String, String> DRAFT_FIELDS = Map.ofEntries(Map.entry(PLAN_TYPE, "documentType"),
      Map.entry(PLAN_NUMBER, "numberSymbol"), Map.entry(PLAN_TITLE, "title"), Map.entry(PLAN_ISSUE_DATE, "issueDate"),
      Map.entry(PLAN_CONTENT, "text"), Map.entry(SIGNATORY_NAME, "signatoryName"), Map.entry(SIGNING_CAPACITY, "signingCapacity"),
      Map.entry(CASCADE_ORGS, "cascadeOrgs"), Map.entry(ReportingRegimeService.Fields.PERIOD_KIND, REPORTING),
      Map.entry(ReportingRegimeService.Fields.REPORTER_DUE, REPORTING), Map.entry(ReportingRegimeService.Fields.CONSOLIDATOR, REPORTING),
      Map.entry(ReportingRegimeService.Fields.CONSOLIDATOR_DUE, REPORTING),
      Map.entry(ReportingRegimeService.Fields.MORE_OBLIGATIONS, REPORTING), Map.entry(TaskTableService.FIELD, TASKS));

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final OrganizationService organizations;
  private final TaskTableImport drafts;

  DocumentImportService(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
      OrganizationService organizations, TaskTableImport drafts) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.organizations = organizations;
    this.drafts = drafts;
  }

  /** A value of a select and what it shows. */
  public record Option(String value, String label) {
  }

  /** What the review page offers to choose from. */
  public record Choices(List<Option> documentTypes, List<Option> organizations, List<Option> issuers, List<Option> subordinates) {
  }

  /** One reporting obligation as the draft-plan form takes it. */
  public record Obligation(String periodKind, String due, String consolidator, String consolidatorDue) {
  }

  /** The obligations of a plan's reporting regime, and the items that are none (one-off, other). */
  public record Regime(List<Obligation> obligations, List<ReportingRow> leftOut) {
  }

  /** The signed-in user's open draft-plan task (see {@link TaskTableImport#draft}). */
  public Optional<TaskTableImport.Draft> draft(String taskId) {
    return drafts.draft(taskId);
  }

  /**
   * The review form of a reading: every value as read, the source lines, and warnings; for a draft
   * ({@code draft} not null) the organisations below preselected from the recipients and reporters.
   */
  @Transactional(readOnly = true)
  public ReviewForm review(DocumentReading reading, String text, TaskTableImport.Draft draft) {
    ReviewForm form = new ReviewForm();
    form.setText(text);
    form.setNumberSymbol(reading.numberSymbol());
    form.setDocumentType(documentType(reading.documentType()));
    form.setIssuer(reading.issuer());
    form.setIssuerCode(reading.issuerCode());
    form.setPlace(reading.place());
    form.setIssueDate(reading.issueDate() == null ? null : VietnameseDate.of(reading.issueDate()));
    form.setTitle(reading.title());
    if (reading.signatory() != null) {
      form.setSignatoryName(reading.signatory().name());
      form.setSigningCapacity(capacity(reading.signatory().capacity()));
      form.setSignatoryPosition(reading.signatory().position());
    }
    for (DocumentReading.Basis basis : list(reading.basis())) {
      ReviewForm.BasisRow row = new ReviewForm.BasisRow();
      row.setNumberSymbol(basis.numberSymbol());
      row.setDocumentType(basis.documentType());
      row.setIssuer(basis.issuer());
      row.setDate(basis.date() == null ? null : VietnameseDate.of(basis.date()));
      row.setRelation(basis.relation() == null ? null : basis.relation().label());
      row.setSource(basis.source());
      form.getBasis().add(row);
    }
    for (DocumentReading.Reporting item : list(reading.reporting())) {
      ReportingRow row = new ReportingRow();
      row.setReporters(String.join("; ", list(item.reporters())));
      row.setReporterCodes(String.join(", ", list(item.reporterCodes())));
      row.setRecipient(item.recipient());
      row.setRecipientCode(item.recipientCode());
      row.setVia(item.via());
      row.setViaCode(item.viaCode());
      row.setPeriod(item.period() == null ? null : item.period().name());
      row.setDue(due(item));
      row.setPhrase(item.phrase());
      form.getReporting().add(row);
    }
    for (DocumentReading.RecipientLine line : list(reading.recipients())) {
      ReviewForm.RecipientRow row = new ReviewForm.RecipientRow();
      row.setName(line.name());
      row.setRole(line.role() == null ? null : line.role().name());
      row.setCodes(String.join(", ", list(line.codes())));
      row.setSource(line.source());
      form.getRecipients().add(row);
    }
    for (TaskRow task : list(reading.tasks())) {
      TaskRowForm row = new TaskRowForm();
      row.setNumber(task.number());
      row.setContent(task.content());
      row.setLead(task.lead());
      row.setCooperators(String.join("; ", list(task.cooperators())));
      row.setProduct(task.product());
      row.setTimeFrame(task.timeFrame());
      row.setNote(task.note());
      form.getTasks().add(row);
    }
    form.getWarnings().addAll(list(reading.warnings()));
    if (reading.sources() != null) {
      form.getSources().putAll(reading.sources());
    }
    if (draft == null) {
      form.setOrgCode(startableOrganizations().stream().findFirst().orElse(null));
    } else {
      prepareDraft(form, reading, draft);
    }
    return form;
  }

  /** What the selects offer for {@code form}; for a draft, {@code organizations} is the drafting organisation alone. */
  @Transactional(readOnly = true)
  public Choices choices(ReviewForm form) {
    List<Option> types = Arrays.stream(DocumentType.values()).map(type -> new Option(type.name(), type.label())).toList();
    if (form.isDraft()) {
      List<String> issuer = form.getIssuerCode() == null ? List.of() : List.of(form.getIssuerCode());
      return new Choices(types, options(issuer, organizations.findAll(issuer)), List.of(), subordinateOptions(form.getTask()));
    }
    List<String> startable = startableOrganizations();
    Set<String> issuerCodes = new LinkedHashSet<>();
    Optional.ofNullable(form.getIssuerCode()).filter(code -> !code.isBlank()).ifPresent(issuerCodes::add);
    for (String code : startable) {
      issuerCodes.add(code);
      organizations.ancestors(code).forEach(ancestor -> issuerCodes.add(ancestor.getCode()));
    }
    Map<String, Organization> known = organizations.findAll(new LinkedHashSet<>(concat(startable, issuerCodes)));
    return new Choices(types, options(startable, known), options(issuerCodes, known), List.of());
  }

  /**
   * Registers a received document and starts its cascade with the start form's variables.
   *
   * @return the directive-cascade instance's id
   */
  @Transactional
  public String startCascade(ReviewForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    String orgCode = required(form.getOrgCode(), "orgCode", 100, errors);
    if (orgCode != null && !isAdministrator() && !startableOrganizations().contains(orgCode)) {
      errors.put("orgCode", "bạn không vào sổ văn bản cho đơn vị '" + orgCode + "'");
    }
    DocumentType type = documentTypeOf(form.getDocumentType(), errors);
    String number = required(form.getNumberSymbol(), "numberSymbol", 100, errors);
    String title = required(form.getTitle(), "title", 1000, errors);
    String issuerCode = required(form.getIssuerCode(), "issuerCode", 100, errors);
    if (issuerCode != null && organizations.find(issuerCode).isEmpty()) {
      errors.put("issuerCode", "không có đơn vị mã '" + issuerCode + "'");
    }
    LocalDate issueDate = date(form.getIssueDate(), "issueDate", true, errors);
    throwIfAny(errors);

    Map<String, Object> variables = new HashMap<>();
    variables.put(ORG_CODE, orgCode);
    variables.put(DIRECTIVE_TYPE, type.name());
    variables.put(DIRECTIVE_NUMBER, number);
    variables.put(DIRECTIVE_TITLE, title);
    variables.put(ISSUER_CODE, issuerCode);
    variables.put(ISSUE_DATE, issueDate.toString());
    try {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey(DirectiveCascadeProcess.KEY, variables);
      return instance.getId();
    } catch (RuntimeException refused) {
      throw onReviewFields(refused, RECEIVED_FIELDS);
    }
  }

  /**
   * Submits the draft of an open draft-plan task with the reviewed values, as the draft-plan form
   * does: the task's own listener checks them and, when it refuses, the task stays open.
   */
  @Transactional
  public void submitDraft(TaskTableImport.Draft draft, ReviewForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    DocumentType type = documentTypeOf(form.getDocumentType(), errors);
    String number = required(form.getNumberSymbol(), "numberSymbol", 100, errors);
    String title = required(form.getTitle(), "title", 1000, errors);
    String content = required(form.getText(), "text", 100_000, errors);
    LocalDate issueDate = date(form.getIssueDate(), "issueDate", true, errors);
    String signatory = blankToNull(form.getSignatoryName());
    String capacity = blankToNull(form.getSigningCapacity());
    if (capacity != null && Arrays.stream(SigningCapacity.values()).noneMatch(value -> value.name().equals(capacity))) {
      errors.put("signingCapacity", "giá trị không hợp lệ: '" + capacity + "'");
    }
    Set<String> offered = subordinateOptions(draft.taskId()).stream().map(Option::value).collect(Collectors.toSet());
    List<String> cascadeOrgs = form.getCascadeOrgs() == null ? List.of()
        : form.getCascadeOrgs().stream().filter(Objects::nonNull).filter(code -> !code.isBlank()).distinct().toList();
    cascadeOrgs.stream().filter(code -> !offered.contains(code)).findFirst()
        .ifPresent(code -> errors.put("cascadeOrgs", "đơn vị '" + code + "' không có trong danh sách đơn vị cấp dưới"));
    checkReporting(form.getReporting(), errors);
    Regime regime = regime(form.getReporting());
    throwIfAny(errors);

    Map<String, Object> variables = new HashMap<>();
    variables.put(PLAN_TYPE, type.name());
    variables.put(PLAN_NUMBER, number);
    variables.put(PLAN_TITLE, title);
    variables.put(PLAN_CONTENT, content);
    variables.put(PLAN_ISSUE_DATE, issueDate.toString());
    variables.put(SIGNATORY_NAME, signatory);
    variables.put(SIGNING_CAPACITY, capacity);
    variables.put(CASCADE_ORGS, new ArrayList<>(cascadeOrgs));
    List<Obligation> obligations = regime.obligations();
    Obligation first = obligations.isEmpty() ? null : obligations.get(0);
    variables.put(ReportingRegimeService.Fields.PERIOD_KIND, first == null ? null : first.periodKind());
    variables.put(ReportingRegimeService.Fields.REPORTER_DUE, first == null ? null : first.due());
    variables.put(ReportingRegimeService.Fields.CONSOLIDATOR, first == null ? null : first.consolidator());
    variables.put(ReportingRegimeService.Fields.CONSOLIDATOR_DUE, first == null ? null : first.consolidatorDue());
    variables.put(ReportingRegimeService.Fields.MORE_OBLIGATIONS, obligations.size() <= 1 ? null
        : moreObligations(obligations.subList(1, obligations.size())));
    variables.put(TaskTableService.FIELD, planTasks(form.getTasks()));
    try {
      taskService.complete(draft.taskId(), variables);
    } catch (RuntimeException refused) {
      throw onReviewFields(refused, DRAFT_FIELDS);
    }
  }

  /**
   * The regime the reporting items make: annual, 6-month, quarterly and monthly items are
   * obligations; an item reporting via V takes as its consolidator's deadline the deadline of
   * another item of the same period in which V reports (that item is then not an obligation of its
   * own); one-off and other items are left out.
   */
  public static Regime regime(List<ReportingRow> rows) {
    List<ReportingRow> periodic = new ArrayList<>();
    List<ReportingRow> leftOut = new ArrayList<>();
    for (ReportingRow row : rows == null ? List.<ReportingRow>of() : rows) {
      Period period = period(row.getPeriod());
      if (period != null && REGIME_PERIODS.containsKey(period)) {
        periodic.add(row);
      } else if (!isEmpty(row)) {
        leftOut.add(row);
      }
    }
    Set<ReportingRow> consolidating = new LinkedHashSet<>();
    Map<ReportingRow, String> consolidatorDue = new HashMap<>();
    for (ReportingRow row : periodic) {
      String via = blankToNull(row.getViaCode());
      if (via == null) {
        continue;
      }
      for (ReportingRow other : periodic) {
        if (other != row && Objects.equals(other.getPeriod(), row.getPeriod()) && codes(other.getReporterCodes()).contains(via)) {
          consolidatorDue.put(row, blankToNull(other.getDue()));
          consolidating.add(other);
          break;
        }
      }
    }
    List<Obligation> obligations = periodic.stream().filter(row -> !consolidating.contains(row) || blankToNull(row.getViaCode()) != null
            && consolidatorDue.containsKey(row))
        .map(row -> new Obligation(REGIME_PERIODS.get(period(row.getPeriod())).name(), blankToNull(row.getDue()), blankToNull(row.getViaCode()),
            consolidatorDue.get(row)))
        .toList();
    return new Regime(obligations, leftOut);
  }

  /** The task table as the draft-plan form's rows (TaskTableService.COLUMNS), each cell as the person reviewed it. */
  static JsonValue planTasks(List<TaskRowForm> rows) {
    List<TaskRowForm> filled = rows == null ? List.of() : rows.stream().filter(row -> !isEmpty(row)).toList();
    if (filled.isEmpty()) {
      return null;
    }
    SpinJsonNode table = Spin.JSON("[]");
    String[] columns = TaskTableService.COLUMNS;
    for (TaskRowForm row : filled) {
      SpinJsonNode cooperators = Spin.JSON("[]");
      codes(row.getCooperators(), "[;\\n]").forEach(cooperators::append);
      table.append(Spin.JSON("{}").prop(columns[0], text(row.getNumber())).prop(columns[1], text(row.getContent()))
          .prop(columns[2], text(row.getLead())).prop(columns[3], cooperators).prop(columns[4], text(row.getProduct()))
          .prop(columns[5], text(row.getTimeFrame())).prop(columns[6], text(row.getNote())));
    }
    return SpinValues.jsonValue(table).create();
  }

  /** Further obligations as the draft-plan form's rows (ReportingRegimeService.Fields.OBLIGATION_COLUMNS). */
  private static JsonValue moreObligations(List<Obligation> obligations) {
    SpinJsonNode rows = Spin.JSON("[]");
    String[] columns = ReportingRegimeService.Fields.OBLIGATION_COLUMNS;
    for (Obligation obligation : obligations) {
      rows.append(Spin.JSON("{}").prop(columns[0], obligation.periodKind()).prop(columns[1], text(obligation.due()))
          .prop(columns[2], text(obligation.consolidator())).prop(columns[3], text(obligation.consolidatorDue())));
    }
    return SpinValues.jsonValue(rows).create();
  }

  /** The organisations the signed-in user may register a received document for: those they draft for. */
  List<String> startableOrganizations() {
    return groups().stream().filter(group -> group.endsWith(Organization.draftersGroup("")))
        .map(Organization::codeOfGroup).distinct().sorted().toList();
  }

  private boolean isAdministrator() {
    return groups().contains(Groups.CAMUNDA_ADMIN);
  }

  private List<String> groups() {
    Authentication user = identityService.getCurrentAuthentication();
    return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }

  private void prepareDraft(ReviewForm form, DocumentReading reading, TaskTableImport.Draft draft) {
    form.setTask(draft.taskId());
    form.setIssuerCode(draft.issuerCode());
    form.setOrgCode(draft.issuerCode());
    if (reading.issuerCode() != null && !reading.issuerCode().equals(draft.issuerCode())) {
      form.getWarnings().add("Cơ quan ban hành đọc được (" + reading.issuerCode() + ") không phải đơn vị đang soạn kế hoạch ("
          + draft.issuerCode() + ")");
    }
    Set<String> offered = subordinateOptions(draft.taskId()).stream().map(Option::value).collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> named = new LinkedHashSet<>();
    list(reading.recipients()).stream().filter(line -> line.role() == DocumentReading.Role.implement)
        .forEach(line -> named.addAll(list(line.codes())));
    list(reading.reporting()).forEach(item -> named.addAll(list(item.reporterCodes())));
    List<String> chosen = offered.stream().filter(named::contains).toList();
    if (chosen.isEmpty()) {
      chosen = currentCascadeOrgs(draft.taskId());
      form.getWarnings().add("Văn bản không nêu đơn vị cấp dưới nào trong danh sách: giữ lựa chọn mặc định, kiểm tra lại các đơn vị phải xây dựng kế hoạch");
    }
    form.setCascadeOrgs(new ArrayList<>(chosen));
    Object received = taskService.getVariable(draft.taskId(), DIRECTIVE_NUMBER);
    if (received instanceof String number && list(reading.basis()).stream()
        .noneMatch(basis -> basis.numberSymbol() != null && sameNumber(basis.numberSymbol(), number))) {
      form.getWarnings().add("Văn bản không nêu căn cứ là văn bản " + number + " mà đơn vị đã nhận để xây dựng kế hoạch này");
    }
    List<ReportingRow> leftOut = regime(form.getReporting()).leftOut();
    if (!leftOut.isEmpty()) {
      form.getWarnings().add("Không đưa vào chế độ báo cáo (báo cáo một lần hoặc kỳ khác): " + leftOut.stream()
          .map(row -> Optional.ofNullable(blankToNull(row.getPhrase())).orElse(row.getReporters() + " " + row.getDue()))
          .collect(Collectors.joining("; ")));
    }
  }

  private List<Option> subordinateOptions(String taskId) {
    Object options = taskService.getVariable(taskId, SUBORDINATE_OPTIONS);
    List<Option> result = new ArrayList<>();
    if (options instanceof SpinJsonNode json && json.isArray()) {
      for (SpinJsonNode option : json.elements()) {
        result.add(new Option(option.prop("value").stringValue(), option.prop("label").stringValue()));
      }
    }
    return result;
  }

  private List<String> currentCascadeOrgs(String taskId) {
    Object current = taskService.getVariable(taskId, CASCADE_ORGS);
    List<String> codes = new ArrayList<>();
    if (current instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(element -> codes.add(element.stringValue()));
    } else if (current instanceof Collection<?> collection) {
      collection.forEach(element -> codes.add(String.valueOf(element)));
    }
    return codes;
  }

  /** Periods known, organisations existing; the deadlines are checked by the draft-plan task's own listener. */
  private void checkReporting(List<ReportingRow> rows, Map<String, String> errors) {
    List<String> problems = new ArrayList<>();
    Set<String> codes = new LinkedHashSet<>();
    for (int index = 0; rows != null && index < rows.size(); index++) {
      ReportingRow row = rows.get(index);
      if (blankToNull(row.getPeriod()) != null && period(row.getPeriod()) == null) {
        problems.add("dòng " + (index + 1) + ": kỳ báo cáo không hợp lệ '" + row.getPeriod() + "'");
      }
      Optional.ofNullable(blankToNull(row.getViaCode())).ifPresent(codes::add);
      codes.addAll(codes(row.getReporterCodes()));
    }
    Map<String, Organization> known = organizations.findAll(codes);
    codes.stream().filter(code -> !known.containsKey(code)).forEach(code -> problems.add("không có đơn vị mã '" + code + "'"));
    if (!problems.isEmpty()) {
      errors.put(REPORTING, String.join("; ", problems));
    }
  }

  /** The engine's refusal, its keys turned into the review page's fields; anything else as it is. */
  private static RuntimeException onReviewFields(RuntimeException refused, Map<String, String> fields) {
    for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidSubmissionException invalid) {
        Map<String, String> errors = new LinkedHashMap<>();
        invalid.errors().forEach((key, message) -> errors.merge(fields.getOrDefault(key, key), message, (a, b) -> a + "; " + b));
        return new InvalidSubmissionException(errors);
      }
    }
    return refused;
  }

  private static void throwIfAny(Map<String, String> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
  }

  private static String required(String value, String field, int maxLength, Map<String, String> errors) {
    String text = blankToNull(value);
    if (text == null) {
      errors.put(field, "bắt buộc nhập");
    } else if (text.length() > maxLength) {
      errors.put(field, "dài quá " + maxLength + " ký tự");
      return null;
    }
    return text;
  }

  private static DocumentType documentTypeOf(String value, Map<String, String> errors) {
    String text = blankToNull(value);
    if (text == null) {
      errors.put("documentType", "bắt buộc chọn");
      return null;
    }
    try {
      return DocumentType.valueOf(text);
    } catch (IllegalArgumentException e) {
      errors.put("documentType", "giá trị không hợp lệ: '" + text + "'");
      return null;
    }
  }

  /** An ISO date (the date input's) or dd/MM/yyyy. */
  private static LocalDate date(String value, String field, boolean required, Map<String, String> errors) {
    String text = blankToNull(value);
    if (text == null) {
      if (required) {
        errors.put(field, "bắt buộc nhập ngày");
      }
      return null;
    }
    try {
      return VietnameseDate.parse(text);
    } catch (IllegalArgumentException notADay) {
      errors.put(field, notADay.getMessage());
      return null;
    }
  }

  /** The enum name of a document type as the text names it ("Kế hoạch", "KẾ HOẠCH", "KE_HOACH"); null when none. */
  static String documentType(String text) {
    if (text == null) {
      return null;
    }
    String written = text.strip().toLowerCase(VIETNAMESE);
    return Arrays.stream(DocumentType.values())
        .filter(type -> type.label().toLowerCase(VIETNAMESE).equals(written) || type.name().equalsIgnoreCase(written))
        .map(DocumentType::name).findFirst().orElse(null);
  }

  /** "KT." → KT; null when not one of the capacities. */
  private static String capacity(String text) {
    if (text == null) {
      return null;
    }
    String written = text.replace(".", "").strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(SigningCapacity.values()).map(Enum::name).filter(written::equals).findFirst().orElse(null);
  }

  /** The due in the draft-plan form's words: "05/11", "20/06, 20/12", "tháng 12", "ngày 20"; a one-off date dd/MM/yyyy. */
  static String due(DocumentReading.Reporting item) {
    if (item.dueDayMonth() != null && !item.dueDayMonth().isEmpty()) {
      return String.join(", ", item.dueDayMonth());
    }
    if (item.dueMonth() != null) {
      return "tháng " + item.dueMonth();
    }
    if (item.dueDay() != null) {
      return "ngày " + item.dueDay();
    }
    return item.dueDate() == null ? null : VietnameseDate.of(item.dueDate());
  }

  private static Period period(String text) {
    try {
      return text == null || text.isBlank() ? null : Period.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean sameNumber(String a, String b) {
    return a.replaceAll("\\s", "").equalsIgnoreCase(b.replaceAll("\\s", ""));
  }

  private static List<String> codes(String text) {
    return codes(text, "[,;\\s]+");
  }

  private static List<String> codes(String text, String separator) {
    return text == null ? List.of() : Arrays.stream(text.split(separator)).map(String::strip).filter(code -> !code.isEmpty()).toList();
  }

  /** A cell as the person reviewed it; blank is no value. */
  private static String text(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static boolean isEmpty(ReportingRow row) {
    return blankToNull(row.getPeriod()) == null && blankToNull(row.getDue()) == null && blankToNull(row.getPhrase()) == null;
  }

  private static boolean isEmpty(TaskRowForm row) {
    return blankToNull(row.getNumber()) == null && blankToNull(row.getContent()) == null && blankToNull(row.getLead()) == null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static List<String> concat(Collection<String> a, Collection<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<Option> options(Collection<String> codes, Map<String, Organization> known) {
    return codes.stream().map(code -> new Option(code, known.containsKey(code) ? known.get(code).getName() + " (" + code + ")" : code)).toList();
  }
}
