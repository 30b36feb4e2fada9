package vn.directivecascade.reporting;

import vn.directivecascade.validation.Decision;

/** Keys, element ids and variables of {@code bpmn/periodic-report.bpmn} and {@code bpmn/reporting-cycle.bpmn}. */
public final class PeriodicReportProcess {

  public static final String KEY = "periodic-report";
  public static final String CYCLE_KEY = "reporting-cycle";
  /** Correlated to a consolidator's report each time one of its reporters submits. */
  public static final String REPORT_SUBMITTED = "ReportSubmitted";
  /** Correlated to a reporting cycle when its plan is closed early. */
  public static final String PLAN_CLOSED = "PlanClosed";

  public static final class Elements {
    public static final String PREPARE_REPORT = "prepare-report";
    public static final String APPROVE_REPORT = "approve-report";
    public static final String WAIT_FOR_REPORTERS = "Gateway_WaitForReporters";
    public static final String REPORT_SUBMITTED = "Message_ReportSubmitted";
    public static final String CHECK_ALL_REPORTS_IN = "ServiceTask_CheckAllReportsIn";
    public static final String REPORTERS_DUE = "Timer_ReportersDue";
    public static final String REMINDER_TIMER = "Timer_ReportReminder";
    public static final String OVERDUE_TIMER = "Timer_ReportOverdue";
    public static final String SUBMIT_REPORT = "ServiceTask_SubmitReport";
    public static final String WINDOW_OPENS = "Timer_ReportingWindowOpens";
    public static final String OPEN_PERIOD = "ServiceTask_OpenReportingPeriod";

    private Elements() {
    }
  }

  public static final class Variables {
    public static final String PLAN_ID = "planId";
    public static final String OBLIGATION_ID = "obligationId";
    public static final String ORG_CODE = "orgCode";
    public static final String ORG_NAME = "orgName";
    public static final String PERIOD_KEY = "periodKey";
    public static final String PERIOD_LABEL = "periodLabel";
    public static final String REPORT_DUE = "reportDue";
    public static final String RECIPIENT_CODE = "recipientCode";
    public static final String HAS_REPORTERS = "hasReporters";
    public static final String ALL_REPORTS_IN = "allReportsIn";
    public static final String REPORTERS_DUE = "reportersDue";
    public static final String CONSOLIDATION = "consolidation";
    /** The report's figures, one row per target of the plan. */
    public static final String FIGURES = "figures";
    /** The columns of a figure's row (the properties of the form's Json row): target id, its label, numerator, denominator. */
    public static final String[] FIGURE_COLUMNS = {"target", "label", "numerator", "denominator"};
    public static final String RESULTS = "results";
    /** Who prepared the report: prepare-report's assignee when the report comes back returned. */
    public static final String REPORT_PREPARER = "reportPreparer";
    public static final String DIFFICULTIES = "difficulties";
    public static final String PROPOSALS = "proposals";
    public static final String DECISION = Decision.KEY;
    public static final String COMMENT = Decision.COMMENT;
    public static final String REPORT_OVERDUE = "reportOverdue";
    // reporting-cycle
    public static final String NEXT_PERIOD_KEY = "nextPeriodKey";
    public static final String NEXT_REPORTER_DUE = "nextReporterDue";

    private Variables() {
    }
  }

  private PeriodicReportProcess() {
  }
}
