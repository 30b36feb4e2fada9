package vn.directivecascade.board;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.directivecascade.organization.OrganizationLevel;

/**
 * A plan's reporting on the board: who reported for which period and when (page, .xlsx, .csv, with
 * the same filters), and its targets against the reported figures. 404 for a plan without a
 * reporting regime or one the signed-in user may not see.
 */
@Controller
class PlanReportingController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final ReportingBoardService boards;
  private final ReportingExports exports;
  private final TargetBoardService targets;

  PlanReportingController(ReportingBoardService boards, ReportingExports exports, TargetBoardService targets) {
    this.boards = boards;
    this.exports = exports;
    this.targets = targets;
  }

  @GetMapping("/board/plans/{planId}/reporting")
  String reporting(@PathVariable long planId, @RequestParam(required = false) OrganizationLevel level,
      @RequestParam(defaultValue = "false") boolean overdue, Locale locale, Model model) {
    model.addAttribute("board", board(planId, level, overdue, locale));
    return "board/reporting";
  }

  @GetMapping("/board/plans/{planId}/reporting.xlsx")
  ResponseEntity<byte[]> reportingXlsx(@PathVariable long planId, @RequestParam(required = false) OrganizationLevel level,
      @RequestParam(defaultValue = "false") boolean overdue, Locale locale) {
    ReportingBoard board = board(planId, level, overdue, locale);
    return download(exports.xlsx(board, locale), XLSX, ReportingExports.fileName(board, "xlsx"));
  }

  @GetMapping("/board/plans/{planId}/reporting.csv")
  ResponseEntity<byte[]> reportingCsv(@PathVariable long planId, @RequestParam(required = false) OrganizationLevel level,
      @RequestParam(defaultValue = "false") boolean overdue, Locale locale) {
    ReportingBoard board = board(planId, level, overdue, locale);
    return download(exports.csv(board, locale), CSV, ReportingExports.fileName(board, "csv"));
  }

  @GetMapping("/board/plans/{planId}/targets")
  String targets(@PathVariable long planId, Locale locale, Model model) {
    model.addAttribute("board", targets.targets(planId, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    return "board/targets";
  }

  private ReportingBoard board(long planId, OrganizationLevel level, boolean overdue, Locale locale) {
    return boards.board(planId, new ReportingFilter(level, overdue), locale)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(content);
  }
}
