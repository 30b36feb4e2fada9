package vn.directivecascade.reporting;

/**
 * Business key of a periodic-report instance: plan, organisation and period. Never two instances
 * for one key, and the trusted identity when a task completion is checked.
 */
record ReportKey(long planId, String orgCode, String periodKey) {

  private static final String PREFIX = "report-";

  static ReportKey parse(String businessKey) {
    String[] parts = businessKey.substring(PREFIX.length()).split(":");
    return new ReportKey(Long.parseLong(parts[0]), parts[1], parts[2]);
  }

  static String planPrefix(long planId) {
    return PREFIX + planId + ":";
  }

  String value() {
    return planPrefix(planId) + orgCode + ":" + periodKey;
  }
}
