package vn.directivecascade.plantask;

import vn.directivecascade.validation.Decision;

/** Keys, element ids and variables of {@code bpmn/plan-task.bpmn} and {@code bpmn/plan-task-schedule.bpmn}. */
public final class PlanTaskProcess {

  /** One cycle of one task: contributions, the lead's work, confirmation, acceptance. */
  public static final String KEY = "plan-task";
  /** One task of an issued plan: opens each of its cycles when it begins. */
  public static final String SCHEDULE_KEY = "plan-task-schedule";

  public static final class Elements {
    public static final String CONTRIBUTE_TASK = "contribute-task";
    public static final String EXECUTE_TASK = "execute-task";
    public static final String DECIDE_EXTENSION = "decide-extension";
    public static final String CONFIRM_TASK = "confirm-task";
    public static final String ACCEPT_TASK = "accept-task";
    public static final String REMINDER_TIMER = "Timer_TaskReminder";
    public static final String OVERDUE_TIMER = "Timer_TaskOverdue";
    public static final String RECORD_ACCEPTANCE = "ServiceTask_RecordAcceptance";
    public static final String PRODUCT_ACCEPTED = "EndEvent_ProductAccepted";
    public static final String CYCLE_OPENS = "Timer_CycleOpens";

    private Elements() {
    }
  }

  public static final class Variables {
    public static final String TASK_ID = "taskId";
    public static final String PLAN_ID = "planId";
    public static final String CYCLE_KEY = "cycleKey";
    public static final String TASK_TITLE = "taskTitle";
    public static final String TASK_CONTENT = "taskContent";
    public static final String PRODUCT = "product";
    /** The lead agency: the organisation whose work the instance is, named as in the other processes. */
    public static final String LEAD_CODE = "orgCode";
    public static final String LEAD_NAME = "orgName";
    public static final String ISSUER_CODE = "issuerCode";
    public static final String COOPERATOR_CODES = "cooperatorCodes";
    /** The original deadline: on-time statistics are always measured against it. */
    public static final String ORIGINAL_DEADLINE = "originalDeadline";
    /** The deadline in force, later than the original once an extension is approved. */
    public static final String TASK_DEADLINE = "taskDeadline";
    public static final String CONTRIBUTION_DUE = "contributionDue";
    // contribute-task (one per cooperating agency)
    public static final String COOPERATOR_CODE = "cooperatorCode";
    public static final String CONTRIBUTION = "contribution";
    // execute-task
    public static final String CONTRIBUTIONS = "contributions";
    public static final String PROGRESS = "progress";
    /** Who reported on the task: execute-task's assignee when the work comes back returned or after an extension decision. */
    public static final String TASK_EXECUTOR = "taskExecutor";
    public static final String PRODUCT_NUMBER = "productNumber";
    public static final String PRODUCT_DATE = "productDate";
    public static final String PRODUCT_SUMMARY = "productSummary";
    /** A product that is a plan the lead issued: its number/symbol, which links it into the lineage. */
    public static final String PRODUCT_PLAN_NUMBER = "productPlanNumber";
    public static final String EXTENSION_REQUESTED = "extensionRequested";
    public static final String REQUESTED_DEADLINE = "requestedDeadline";
    public static final String EXTENSION_REASON = "extensionReason";
    // confirm-task, decide-extension, accept-task
    public static final String DECISION = Decision.KEY;
    public static final String COMMENT = Decision.COMMENT;
    // plan-task-schedule
    public static final String NEXT_CYCLE_KEY = "nextCycleKey";
    public static final String NEXT_CYCLE_OPENS = "nextCycleOpens";

    private Variables() {
    }
  }

  private PlanTaskProcess() {
  }
}
