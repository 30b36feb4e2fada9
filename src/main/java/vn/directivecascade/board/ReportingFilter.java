package vn.directivecascade.board;

import java.util.ArrayList;
import java.util.List;
import vn.directivecascade.organization.OrganizationLevel;
import vn.directivecascade.reporting.ReportStatus;
import vn.directivecascade.reporting.ReportingStatusService;

/**
 * Which rows of the reporting matrix to show: organisations of one level ({@code null}: every level),
 * and perhaps only those with an overdue report.
 */
public record ReportingFilter(OrganizationLevel level, boolean overdueOnly) {

  public boolean keeps(ReportingStatusService.Row row) {
    return (level == null || level == row.level())
        && (!overdueOnly || row.cells().stream().anyMatch(cell -> cell.status() == ReportStatus.OVERDUE));
  }

  /** The filter as a query string ({@code ?level=UNIT&overdue=true}, or empty), for links to the exports. */
  public String query() {
    List<String> parameters = new ArrayList<>();
    if (level != null) {
      parameters.add("level=" + level.name());
    }
    if (overdueOnly) {
      parameters.add("overdue=true");
    }
    return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
  }
}
