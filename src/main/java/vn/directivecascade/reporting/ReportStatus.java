package vn.directivecascade.reporting;

/** Where an organisation's report for a period stands, in the Government's task-tracking categories. */
public enum ReportStatus {
  NOT_YET_OPEN, OPEN, DUE_SOON, OVERDUE, SUBMITTED_ON_TIME, SUBMITTED_LATE
}
