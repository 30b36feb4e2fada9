package vn.directivecascade.board;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.directivecascade.deadline.ReportingCalendar;
import vn.directivecascade.reporting.ReportingStatusService;
import vn.directivecascade.reporting.ReportingStatusService.Matrix;

/**
 * The reporting matrix of a plan, filtered and labelled for the board: the one place its rows are
 * built, for the page and for both exports.
 */
@Service
public class ReportingBoardService {

  private final ReportingStatusService statuses;
  private final ReportingCalendar calendar;
  private final BoardMessages messages;

  ReportingBoardService(ReportingStatusService statuses, ReportingCalendar calendar, BoardMessages messages) {
    this.statuses = statuses;
    this.calendar = calendar;
    this.messages = messages;
  }

  /** Empty when the plan has no reporting regime or the signed-in user may not see it. */
  public Optional<ReportingBoard> board(long planId, ReportingFilter filter, Locale locale) {
    return statuses.matrix(planId).map(matrix -> board(matrix, filter, locale));
  }

  private ReportingBoard board(Matrix matrix, ReportingFilter filter, Locale locale) {
    List<ReportingBoard.Level> levels = matrix.sections().stream().flatMap(section -> section.rows().stream())
        .map(ReportingStatusService.Row::level).distinct().sorted(Comparator.naturalOrder())
        .map(level -> new ReportingBoard.Level(level, messages.level(level, locale))).toList();
    List<ReportingBoard.Section> sections = matrix.sections().stream().map(section -> new ReportingBoard.Section(
        messages.periodKind(section.periodKind().code(), locale),
        section.rows().isEmpty() ? List.of()
            : section.rows().get(0).cells().stream().map(cell -> messages.period(cell.periodKey(), locale)).toList(),
        section.rows().stream().filter(filter::keeps).map(row -> row(row, locale)).toList())).toList();
    return new ReportingBoard(matrix.planId(), matrix.plan(), filter, levels, sections);
  }

  private ReportingBoard.Row row(ReportingStatusService.Row row, Locale locale) {
    ZoneId zone = calendar.zone();
    List<ReportingBoard.Cell> cells = row.cells().stream().map(cell -> new ReportingBoard.Cell(cell.periodKey(),
        messages.period(cell.periodKey(), locale), cell.status(), ReportStatuses.category(cell.status()),
        messages.status(cell.status(), locale), cell.due(), messages.dayOff(cell.dueDayOff(), locale),
        submittedAt(cell.submittedAt(), zone))).toList();
    return new ReportingBoard.Row(row.orgCode(), row.orgName(), row.level(), messages.level(row.level(), locale),
        row.consolidator(), cells);
  }

  private static LocalDateTime submittedAt(String isoOffsetDateTime, ZoneId zone) {
    return isoOffsetDateTime == null ? null
        : OffsetDateTime.parse(isoOffsetDateTime).atZoneSameInstant(zone).toLocalDateTime();
  }
}
