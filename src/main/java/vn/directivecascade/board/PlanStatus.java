package vn.directivecascade.board;

/**
 * Where one organisation's plan for a directive stands, derived from its directive-cascade instance
 * and deadlines (never stored).
 */
public enum PlanStatus {
  NOT_STARTED, DRAFTING, RETURNED, AWAITING_APPROVAL, OVERDUE, ISSUED;

  public String messageKey() {
    return "board.plan." + name().toLowerCase().replace('_', '-');
  }
}
