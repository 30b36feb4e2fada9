package vn.directivecascade.board;

/**
 * The Government's task-tracking categories (DESIGN.md §1), which every status on the board falls
 * into: one colour each, explained in the legend. {@code fragments/status.html} renders them.
 */
public enum StatusCategory {
  NOT_STARTED, IN_PROGRESS, DUE_SOON, OVERDUE, DONE_ON_TIME, DONE_LATE;

  /** The CSS class carrying the colour, e.g. {@code cat-due-soon}. */
  public String cssClass() {
    return "cat-" + name().toLowerCase().replace('_', '-');
  }

  /** The message key of the category's name in the legend. */
  public String messageKey() {
    return "status.category." + name().toLowerCase().replace('_', '-');
  }
}
