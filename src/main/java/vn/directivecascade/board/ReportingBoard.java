package vn.directivecascade.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.directivecascade.organization.OrganizationLevel;
import vn.directivecascade.reporting.ReportStatus;

/**
 * A plan's reporting matrix as the board shows and exports it: one section per reporting obligation,
 * the filtered organisations as rows, a cell per period with its status in the reader's language.
 * Dates are local to the reporting calendar's zone (Asia/Ho_Chi_Minh).
 *
 * @param levels the levels of the plan's organisations, whatever the filter (the filter's choices)
 */
public record ReportingBoard(long planId, String plan, ReportingFilter filter, List<Level> levels,
    List<Section> sections) {

  public record Level(OrganizationLevel level, String label) {
  }

  /** @param periods the column headings, one per period in order */
  public record Section(String title, List<String> periods, List<Row> rows) {
  }

  public record Row(String orgCode, String orgName, OrganizationLevel level, String levelLabel, boolean consolidator,
      List<Cell> cells) {
  }

  /** @param dueDayOff why the due day is not a working day ("falls on a weekend"); null for a working day */
  public record Cell(String periodKey, String period, ReportStatus status, StatusCategory category, String statusLabel,
      LocalDate due, String dueDayOff, LocalDateTime submittedAt) {
  }

  /** One organisation's status in one period: a line of the exports. */
  public record Line(String orgCode, String orgName, String period, String status, LocalDate due, LocalDateTime submittedAt) {
  }

  /** Every cell of every shown row, section by section, row by row, period by period. */
  public List<Line> lines() {
    return sections.stream().flatMap(section -> section.rows().stream()).flatMap(row -> row.cells().stream()
        .map(cell -> new Line(row.orgCode(), row.orgName(), cell.period(), cell.statusLabel(), cell.due(), cell.submittedAt())))
        .toList();
  }
}
