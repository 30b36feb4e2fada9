package vn.directivecascade.plantask;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.deadline.TaskCalendar;
import vn.directivecascade.deadline.TimeFrame;
import vn.directivecascade.operations.OneEngineCommand;
import vn.directivecascade.organization.Organization;
import vn.directivecascade.organization.OrganizationService;
import vn.directivecascade.security.OrganizationAccess;
import vn.directivecascade.validation.SubmittedValues;

/**
 * Imports a task table from a spreadsheet into an open draft-plan task: every row is checked as the
 * draft-plan form's rows are, and the file's rows become the draft's task table only when every row is
 * valid and it is not a dry run. The plan's tasks are created when it is issued.
 */
@Service
public class TaskTableImport {

  /** The draft-plan task's key and the variables the import reads from it. */
  private static final String DRAFT_PLAN = "draft-plan";
  private static final String ORG_CODE = "orgCode";
  private static final String PLAN_ISSUE_DATE = "planIssueDate";
  private static final int CYCLES_SHOWN = 3;

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final TaskTableService tables;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final TaskCalendar calendar;
  private final OneEngineCommand oneCommand;

  TaskTableImport(TaskService taskService, RuntimeService runtimeService, TaskTableService tables, OrganizationService organizations, OrganizationAccess access,
      TaskCalendar calendar, OneEngineCommand oneCommand) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.tables = tables;
    this.organizations = organizations;
    this.access = access;
    this.calendar = calendar;
    this.oneCommand = oneCommand;
  }

  /** A row as it would be created: its agencies as matched, the first cycles its time frame gives, or what is wrong with it. */
  public record ImportedRow(int line, String number, String content, Agency lead, List<Agency> cooperators, ProductType productType,
      String product, String timeFrame, List<String> firstCycles, String note, List<String> errors) {
  }

  public record Result(boolean dryRun, boolean valid, boolean stored, String issuerCode, LocalDate planIssueDate,
      List<ImportedRow> rows) {
  }

  /**
   * An open draft-plan task of the signed-in user: its organisation, the plan's issue date as drafted
   * so far (today if none), and the business key of the instance drafting it.
   */
  public record Draft(String taskId, String name, String issuerCode, LocalDate planIssueDate, String draftKey) {
  }

  /**
   * The signed-in user's open draft-plan task of this id; empty when there is none (or it is another
   * organisation's).
   */
  public Optional<Draft> draft(String draftTaskId) {
    Task draft = taskService.createTaskQuery().taskId(draftTaskId).singleResult();
    if (draft == null || !DRAFT_PLAN.equals(draft.getTaskDefinitionKey())) {
      return Optional.empty();
    }
    Map<String, Object> variables = taskService.getVariables(draftTaskId);
    String issuerCode = (String) variables.get(ORG_CODE);
    access.requireDrafterOf(issuerCode);
    LocalDate planIssueDate = Optional.ofNullable(new SubmittedValues(variables, calendar.zone()).optionalDate(PLAN_ISSUE_DATE))
        .orElse(calendar.today());
    String draftKey = oneCommand.runUnrestricted(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceId(draft.getProcessInstanceId()).singleResult().getBusinessKey());
    return Optional.of(new Draft(draftTaskId, draft.getName(), issuerCode, planIssueDate, draftKey));
  }

  /**
   * Empty when the signed-in user has no open draft-plan task of this id.
   *
   * @throws vn.directivecascade.validation.InvalidSubmissionException when the file cannot be read as a task table
   */
  @Transactional
  public Optional<Result> importInto(String draftTaskId, String fileName, byte[] content, boolean dryRun) {
    return draft(draftTaskId).map(draft -> importInto(draft, fileName, content, dryRun));
  }

  private Result importInto(Draft draft, String fileName, byte[] content, boolean dryRun) {
    String draftTaskId = draft.taskId();
    String issuerCode = draft.issuerCode();
    LocalDate planIssueDate = draft.planIssueDate();
    List<TaskTableService.CheckedRow> checked = tables.check(TaskTableFile.read(fileName, content), issuerCode, planIssueDate);
    boolean valid = checked.stream().allMatch(TaskTableService.CheckedRow::isValid);
    if (valid && !dryRun) {
      // The draft's task table becomes the file's (the form shows its rows). The task query above found the
      // task among the user's and requireDrafterOf checked the organisation.
      oneCommand.runUnrestricted(() -> {
        taskService.setVariable(draftTaskId, TaskTableService.FIELD, tables.asFormRows(checked));
        return null;
      });
    }
    Map<String, Organization> known = organizations.findAll(checked.stream()
        .flatMap(row -> Stream.concat(Stream.ofNullable(row.leadCode()), row.cooperatorCodes().stream()))
        .toList());
    List<ImportedRow> rows = checked.stream().map(row -> imported(row, known, planIssueDate.getYear())).toList();
    return new Result(dryRun, valid, valid && !dryRun, issuerCode, planIssueDate, rows);
  }

  private static ImportedRow imported(TaskTableService.CheckedRow row, Map<String, Organization> known, int planYear) {
    TaskRow task = row.row();
    return new ImportedRow(row.line(), task.number(), task.content(), agency(row.leadCode(), known),
        row.cooperatorCodes().stream().map(code -> agency(code, known)).toList(),
        task.product() == null ? null : ProductType.of(task.product()), task.product(), task.timeFrame(),
        row.timeFrame() == null ? List.of() : row.timeFrame().cycles(planYear).limit(CYCLES_SHOWN)
            .map(cycle -> cycle.label() + ": " + cycle.deadline().format(TimeFrame.DAY)).toList(),
        task.note(), row.errors());
  }

  private static Agency agency(String code, Map<String, Organization> known) {
    return code == null ? null : Agency.of(known.get(code));
  }
}
