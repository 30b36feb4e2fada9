package vn.directivecascade.plantask;

/** Business key of a plan-task instance: {@code task-<task id>-<cycle key>}, one per task and cycle. */
public record TaskCycleKey(long taskId, String cycleKey) {

  private static final String PREFIX = "task-";

  public String value() {
    return PREFIX + taskId + "-" + cycleKey;
  }

  /** Business key of the task's plan-task-schedule instance. */
  public static String scheduleKey(long taskId) {
    return PREFIX + taskId;
  }

  /** Prefix shared by the business keys of every cycle of a task. */
  static String cyclesPrefix(long taskId) {
    return PREFIX + taskId + "-";
  }

  public static TaskCycleKey parse(String businessKey) {
    if (businessKey == null || !businessKey.startsWith(PREFIX) || businessKey.indexOf('-', PREFIX.length()) < 0) {
      throw new IllegalArgumentException("not a plan task's business key: " + businessKey);
    }
    int dash = businessKey.indexOf('-', PREFIX.length());
    return new TaskCycleKey(Long.parseLong(businessKey.substring(PREFIX.length(), dash)), businessKey.substring(dash + 1));
  }
}
