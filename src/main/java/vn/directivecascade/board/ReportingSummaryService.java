package vn.directivecascade.board;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import vn.directivecascade.reporting.ReportStatus;
import vn.directivecascade.reporting.ReportingStatusService;

/** How the current reporting period stands over several plans, e.g. for a line of the directives list. */
@Service
public class ReportingSummaryService {

  /**
   * Reports of the current period: submitted on time, submitted late, and missing (overdue, not
   * submitted). Reports still open, due soon or not yet open count in none of them.
   */
  public record ReportingSummary(int onTime, int late, int missing) {

    public static final ReportingSummary NONE = new ReportingSummary(0, 0, 0);

    ReportingSummary plus(ReportingSummary other) {
      return new ReportingSummary(onTime + other.onTime, late + other.late, missing + other.missing);
    }
  }

  private final ReportingStatusService statuses;

  ReportingSummaryService(ReportingStatusService statuses) {
    this.statuses = statuses;
  }

  /**
   * Counts, over the given plans, every organisation's report (the consolidating agency's included) in
   * the latest opened period: the last period of each reporting obligation in which some report is no
   * longer NOT_YET_OPEN. A plan with several obligations (quarterly and annual) counts each one's
   * latest opened period. Plans without a reporting regime, unknown or not visible to the signed-in
   * user are skipped, as are null ids; an id given twice counts once.
   */
  public ReportingSummary currentPeriod(Collection<Long> planIds) {
    return new LinkedHashSet<>(planIds).stream().filter(Objects::nonNull)
        .flatMap(planId -> statuses.matrix(planId).stream())
        .flatMap(matrix -> matrix.sections().stream())
        .map(ReportingSummaryService::latestOpenedPeriod)
        .reduce(ReportingSummary.NONE, ReportingSummary::plus);
  }

  private static ReportingSummary latestOpenedPeriod(ReportingStatusService.Section section) {
    List<ReportingStatusService.Row> rows = section.rows();
    int periods = rows.isEmpty() ? 0 : rows.get(0).cells().size();
    for (int period = periods - 1; period >= 0; period--) {
      int index = period;
      List<ReportStatus> column = rows.stream().map(row -> row.cells().get(index).status()).toList();
      if (column.stream().anyMatch(status -> status != ReportStatus.NOT_YET_OPEN)) {
        return new ReportingSummary(count(column, ReportStatus.SUBMITTED_ON_TIME), count(column, ReportStatus.SUBMITTED_LATE),
            count(column, ReportStatus.OVERDUE));
      }
    }
    return ReportingSummary.NONE;
  }

  private static int count(List<ReportStatus> column, ReportStatus status) {
    return (int) column.stream().filter(status::equals).count();
  }
}
