package vn.directivecascade.notification;

/** What a notification tells; each kind has its own e-mail subject and wording (mail.kind.* messages). */
public enum NotificationKind {
  /** A task opened for the recipient's group, or was assigned to the recipient. */
  NEW_TASK,
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
  TASK_OVERDUE,
  /** The approvers returned a draft plan for revision; to its drafters, with their comment. */
  PLAN_RETURNED,
  /** The approvers returned a report for revision; to its drafters, with their comment. */
  REPORT_RETURNED,
  /** A plan task's product (or extension request) was sent back; to the lead's drafters, with the comment. */
  TASK_RETURNED,
  /** A report was approved and sent to the organisation it is due to; to its drafters. */
  REPORT_ACCEPTED,
  /** The issuer accepted a plan task's product; to the lead's drafters. */
  PRODUCT_ACCEPTED
}
