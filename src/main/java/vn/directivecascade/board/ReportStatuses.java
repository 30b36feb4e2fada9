package vn.directivecascade.board;

import vn.directivecascade.reporting.ReportStatus;

/** How the board shows a report's status: the one mapping into the task-tracking categories, and its label. */
public final class ReportStatuses {

  private ReportStatuses() {
  }

  public static StatusCategory category(ReportStatus status) {
    return switch (status) {
      case NOT_YET_OPEN -> StatusCategory.NOT_STARTED;
      case OPEN -> StatusCategory.IN_PROGRESS;
      case DUE_SOON -> StatusCategory.DUE_SOON;
      case OVERDUE -> StatusCategory.OVERDUE;
      case SUBMITTED_ON_TIME -> StatusCategory.DONE_ON_TIME;
      case SUBMITTED_LATE -> StatusCategory.DONE_LATE;
    };
  }

  /** The message key of the status's own label, e.g. {@code board.reporting.status.submitted-late}. */
  public static String messageKey(ReportStatus status) {
    return "board.reporting.status." + BoardMessages.kebab(status);
  }
}
