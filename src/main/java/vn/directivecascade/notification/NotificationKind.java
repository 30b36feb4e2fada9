package vn.directivecascade.notification;

public enum NotificationKind {
  /** The drafting deadline is near. */
  DRAFT_REMINDER,
  /** The drafting deadline has passed; raised to the issuing organisation's approvers. */
  PLAN_OVERDUE
}
