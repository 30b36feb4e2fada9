package vn.directivecascade.plantask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.deadline.TimeFrame;
import vn.directivecascade.deadline.TimeFrameText;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.organization.Organization;
import vn.directivecascade.organization.OrganizationNames;
import vn.directivecascade.organization.OrganizationService;
import vn.directivecascade.validation.SubmittedValues;
import vn.directivecascade.validation.TableRow;

/**
 * A plan's task table, as the drafter enters it in the draft-plan form's rows or imports it into them
 * from a spreadsheet: every row checked on the server, agencies matched to the organisation tree, and
 * kept when the plan is issued. Drafting and importing go through the same checks.
 */
@Service
@Transactional(readOnly = true)
public class TaskTableService {

  /** The draft-plan form's field (process variable): the form's rows, or for tools one row per line, cells separated by "|". */
  public static final String FIELD = "planTasks";
  /** The columns of a task row (the properties of the form's Json row); cooperators is a list. */
  public static final String[] COLUMNS = {"number", "content", "lead", "cooperators", "product", "timeFrame", "note"};
  /** A tool's text table is a String variable, which Camunda keeps in a 4,000-character column (the form's rows are Json). */
  static final int FIELD_MAX_LENGTH = 4000;
  static final int MAX_ROWS = 500;

  private final OrganizationService organizations;
  private final PlanTaskRepository tasks;

  TaskTableService(OrganizationService organizations, PlanTaskRepository tasks) {
    this.organizations = organizations;
    this.tasks = tasks;
  }

  /** One row after checking: the agencies as codes, the time frame read, or why the row is refused. */
  public record CheckedRow(int line, TaskRow row, String leadCode, List<String> cooperatorCodes, TimeFrame timeFrame,
      List<String> errors) {

    public boolean isValid() {
      return errors.isEmpty();
    }
  }

  /**
   * Checks every row of a table for a plan issued by {@code issuerCode} on {@code planIssueDate}: TT
   * and content present, TT not repeated, one lead agency below the issuer, every cooperating agency
   * found, a product, a readable time frame not already over when the plan is issued.
   */
  public List<CheckedRow> check(List<TaskRow> rows, String issuerCode, LocalDate planIssueDate) {
    OrganizationNames names = organizations.names();
    Map<String, Integer> lineOfNumber = new HashMap<>();
    List<CheckedRow> checked = new ArrayList<>();
    for (int index = 0; index < rows.size(); index++) {
      TaskRow row = rows.get(index);
      int line = index + 1;
      List<String> errors = new ArrayList<>();
      if (row.number() == null) {
        errors.add("thiếu số thứ tự (TT)");
      } else if (row.number().length() > 20) {
        errors.add("TT dài quá 20 ký tự");
      } else if (lineOfNumber.putIfAbsent(row.number(), line) != null) {
        errors.add("TT '" + row.number() + "' trùng với dòng " + lineOfNumber.get(row.number()));
      }
      if (row.content() == null) {
        errors.add("thiếu nội dung công việc");
      } else if (row.content().length() > 4000) {
        errors.add("nội dung dài quá 4000 ký tự");
      }
      String leadCode = lead(row.lead(), issuerCode, names, errors);
      List<String> cooperatorCodes = cooperators(row.cooperators(), leadCode, issuerCode, names, errors);
      if (row.product() == null) {
        errors.add("thiếu sản phẩm");
      } else if (row.product().length() > 1000) {
        errors.add("sản phẩm dài quá 1000 ký tự");
      }
      TimeFrame timeFrame = timeFrame(row.timeFrame(), planIssueDate, errors);
      if (row.note() != null && row.note().length() > 2000) {
        errors.add("ghi chú dài quá 2000 ký tự");
      }
      checked.add(new CheckedRow(line, row, leadCode, cooperatorCodes, timeFrame, errors));
    }
    return checked;
  }

  /**
   * The plan's task table as drafted (the draft-plan form's rows, a table imported into them, or a
   * tool's text), checked. Each problem goes to {@code values} as "dòng N (TT …): …".
   */
  public List<CheckedRow> readDraft(SubmittedValues values, String issuerCode, LocalDate planIssueDate) {
    List<TaskRow> rows = rows(values.table(FIELD, FIELD_MAX_LENGTH, COLUMNS), message -> values.reject(FIELD, message));
    if (rows.size() > MAX_ROWS) {
      values.reject(FIELD, "nhiều hơn " + MAX_ROWS + " nhiệm vụ");
      return List.of();
    }
    List<CheckedRow> checked = check(rows, issuerCode, planIssueDate);
    for (CheckedRow row : checked) {
      if (!row.isValid()) {
        values.reject(FIELD, describe(row));
      }
    }
    return checked;
  }

  /**
   * Checked rows as the draft-plan form's rows: each cell as written, the agencies by their codes so
   * they read back unambiguously. What an import puts into the draft.
   */
  public JsonValue asFormRows(List<CheckedRow> rows) {
    SpinJsonNode table = Spin.JSON("[]");
    for (CheckedRow row : rows) {
      SpinJsonNode cooperators = Spin.JSON("[]");
      row.cooperatorCodes().forEach(cooperators::append);
      table.append(Spin.JSON("{}").prop(COLUMNS[0], row.row().number()).prop(COLUMNS[1], row.row().content()).prop(COLUMNS[2], row.leadCode())
          .prop(COLUMNS[3], cooperators).prop(COLUMNS[4], row.row().product()).prop(COLUMNS[5], row.row().timeFrame())
          .prop(COLUMNS[6], row.row().note()));
    }
    return SpinValues.jsonValue(table).create();
  }

  /** Rows with their cells (a form's row or a tool's line); a row without its cells is reported and skipped. */
  private static List<TaskRow> rows(List<TableRow> table, Consumer<String> reject) {
    List<TaskRow> rows = new ArrayList<>();
    for (TableRow cells : table) {
      if (cells.size() < COLUMNS.length - 1 || cells.size() > COLUMNS.length) {
        reject.accept("dòng " + cells.line() + ": cần 'TT | nội dung | chủ trì | phối hợp | sản phẩm | thời gian | ghi chú'");
        continue;
      }
      rows.add(new TaskRow(cells.text(0), cells.text(1), cells.text(2), cells.texts(3), cells.text(4), cells.text(5), cells.text(6)));
    }
    return rows;
  }

  /** "dòng 3 (TT II.1): thiếu sản phẩm; …" */
  private static String describe(CheckedRow row) {
    return "dòng " + row.line() + (row.row().number() == null ? "" : " (TT " + row.row().number() + ")") + ": "
        + String.join("; ", row.errors());
  }

  /** Keeps an issued plan's tasks, in the table's order. */
  @Transactional
  public void attach(Directive plan, List<CheckedRow> rows) {
    Set<String> codes = new LinkedHashSet<>();
    rows.forEach(row -> {
      codes.add(row.leadCode());
      codes.addAll(row.cooperatorCodes());
    });
    Map<String, Organization> known = organizations.findAll(codes);
    int position = 0;
    for (CheckedRow row : rows) {
      tasks.save(new PlanTask(plan, ++position, row.row(), known.get(row.leadCode()),
          row.cooperatorCodes().stream().map(known::get).toList()));
    }
  }

  private static String lead(String cell, String issuerCode, OrganizationNames names, List<String> errors) {
    List<OrganizationNames.Match> matches = cell == null ? List.of() : names.matchAll(cell, issuerCode);
    if (matches.isEmpty()) {
      errors.add("thiếu cơ quan chủ trì");
      return null;
    }
    if (matches.size() > 1) {
      errors.add("chỉ một cơ quan chủ trì, ô này có " + matches.size() + ": " + cell.strip());
      return null;
    }
    OrganizationNames.Match match = matches.get(0);
    if (match.single().isEmpty()) {
      errors.add("cơ quan chủ trì: " + match.problem());
      return null;
    }
    String code = match.single().get().code();
    if (code.equals(issuerCode) || !names.isWithin(code, issuerCode)) {
      errors.add("cơ quan chủ trì '" + match.single().get().name() + "' không trực thuộc cơ quan ban hành kế hoạch ("
          + names.find(issuerCode).map(OrganizationNames.Entry::name).orElse(issuerCode) + ")");
      return null;
    }
    return code;
  }

  private static List<String> cooperators(List<String> cells, String leadCode, String issuerCode, OrganizationNames names,
      List<String> errors) {
    Set<String> codes = new LinkedHashSet<>();
    for (String cell : cells) {
      for (OrganizationNames.Match match : names.matchAll(cell, issuerCode)) {
        if (match.single().isEmpty()) {
          errors.add("cơ quan phối hợp: " + match.problem());
        } else if (match.single().get().code().equals(leadCode)) {
          errors.add("cơ quan phối hợp '" + match.text() + "' là cơ quan chủ trì");
        } else {
          codes.add(match.single().get().code());
        }
      }
    }
    return new ArrayList<>(codes);
  }

  private static TimeFrame timeFrame(String text, LocalDate planIssueDate, List<String> errors) {
    TimeFrame frame;
    try {
      frame = TimeFrameText.parse(text);
    } catch (IllegalArgumentException e) {
      errors.add(e.getMessage());
      return null;
    }
    if (planIssueDate != null && frame.cycles(planIssueDate.getYear()).allMatch(cycle -> cycle.deadline().isBefore(planIssueDate))) {
      errors.add("thời gian '" + text + "' đã qua trước ngày ban hành kế hoạch (" + planIssueDate.format(TimeFrame.DAY) + ")");
      return null;
    }
    return frame;
  }

}
