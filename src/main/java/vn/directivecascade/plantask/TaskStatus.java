package vn.directivecascade.plantask;

/**
 * Where one cycle of a task stands, in the Government's task-tracking categories; derived from the
 * engine, the accepted products and the deadlines, never stored. Completed on time or late is
 * measured against the original deadline, whatever extension was granted.
 */
public enum TaskStatus {
  NOT_STARTED, IN_PROGRESS, DUE_SOON, OVERDUE, COMPLETED_ON_TIME, COMPLETED_LATE
}
