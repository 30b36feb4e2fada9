package vn.directivecascade.notification;

public enum NotificationKind {
  /** The drafting deadline is near. */
  DRAFT_REMINDER,
  /** The drafting deadline has passed; raised to the issuing organisation's approvers. */
  PLAN_OVERDUE,
  /** A periodic report is due soon. */
  REPORT_REMINDER,
  /** A periodic report is overdue; raised to the approvers of the organisation it is due to. */
  REPORT_OVERDUE,
  /** A plan task's deadline is near; to the lead agency's drafters. */
  TASK_REMINDER,
  /** A plan task is overdue; raised to the approvers of the organisation that issued the plan. */
  TASK_OVERDUE
}
