package vn.directivecascade.board;

import vn.directivecascade.plantask.TaskStatus;

/**
 * The Government's task-tracking categories (DESIGN.md §1), which every status on the board falls
 * into: one colour each, explained in the legend. {@code fragments/status.html} renders them.
 */
public enum StatusCategory {
  NOT_STARTED, IN_PROGRESS, DUE_SOON, OVERDUE, DONE_ON_TIME, DONE_LATE;

  /** A plan task's status is one of the categories themselves. */
  public static StatusCategory of(TaskStatus status) {
    return switch (status) {
      case NOT_STARTED -> NOT_STARTED;
      case IN_PROGRESS -> IN_PROGRESS;
      case DUE_SOON -> DUE_SOON;
      case OVERDUE -> OVERDUE;
      case COMPLETED_ON_TIME -> DONE_ON_TIME;
      case COMPLETED_LATE -> DONE_LATE;
    };
  }

  /** The CSS class carrying the colour, e.g. {@code cat-due-soon}. */
  public String cssClass() {
    return "cat-" + name().toLowerCase().replace('_', '-');
  }

  /** The message key of the category's name in the legend. */
  public String messageKey() {
    return "status.category." + name().toLowerCase().replace('_', '-');
  }
}
