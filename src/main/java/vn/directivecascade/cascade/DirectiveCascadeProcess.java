package vn.directivecascade.cascade;

import vn.directivecascade.validation.Decision;

/** Key, element ids and variable names of {@code bpmn/directive-cascade.bpmn}. */
public final class DirectiveCascadeProcess {

  public static final String KEY = "directive-cascade";

  /** Element ids (user task ids are their task definition keys). */
  public static final class Elements {
    public static final String DRAFT_PLAN = "draft-plan";
    public static final String APPROVE_PLAN = "approve-plan";
    public static final String FOLLOW_UP_OVERDUE_PLAN = "follow-up-overdue-plan";
    public static final String RECEIVE_DIRECTIVE = "ServiceTask_ReceiveDirective";
    public static final String ISSUE_PLAN = "ServiceTask_IssuePlan";
    public static final String CASCADE = "CallActivity_CascadeToOrganisationsBelow";
    public static final String REMINDER_TIMER = "Timer_DraftReminder";
    public static final String OVERDUE_TIMER = "Timer_DraftOverdue";
    public static final String EXTEND_DEADLINE = "ServiceTask_ExtendDraftDeadline";
    public static final String EXTENDED_DEADLINE_TIMER = "Timer_ExtendedDeadlinePassed";
    public static final String PLAN_ISSUED_AT_LEAF = "EndEvent_PlanIssued";
    public static final String CASCADE_COMPLETED = "EndEvent_CascadeCompleted";

    private Elements() {
    }
  }

  /** Process variables; start and form field keys are the contract's names. */
  public static final class Variables {
    // start (contract)
    public static final String ORG_CODE = "orgCode";
    public static final String DIRECTIVE_TYPE = "directiveType";
    public static final String DIRECTIVE_NUMBER = "directiveNumber";
    public static final String DIRECTIVE_TITLE = "directiveTitle";
    public static final String ISSUER_CODE = "issuerCode";
    public static final String ISSUE_DATE = "issueDate";
    // set on receipt
    public static final String RECEIVED_DOCUMENT_ID = "receivedDocumentId";
    public static final String ORG_NAME = "orgName";
    public static final String DRAFT_DEADLINE = "draftDeadline";
    public static final String ORIGINAL_DRAFT_DEADLINE = "originalDraftDeadline";
    public static final String SUBORDINATE_OPTIONS = "subordinateOptions";
    // draft-plan form
    public static final String PLAN_TYPE = "planType";
    public static final String PLAN_NUMBER = "planNumber";
    public static final String PLAN_TITLE = "planTitle";
    public static final String PLAN_CONTENT = "planContent";
    public static final String PLAN_ISSUE_DATE = "planIssueDate";
    public static final String SIGNATORY_NAME = "signatoryName";
    public static final String SIGNING_CAPACITY = "signingCapacity";
    public static final String CASCADE_ORGS = "cascadeOrgs";
    public static final String CHILD_DRAFT_DEADLINE = "childDraftDeadline";
    /** Who submitted the draft: draft-plan's assignee when the plan comes back returned. */
    public static final String PLAN_DRAFTER = "planDrafter";
    // approve-plan form (contract)
    public static final String DECISION = Decision.KEY;
    public static final String COMMENT = Decision.COMMENT;
    public static final String DECISION_APPROVE = Decision.APPROVE;
    public static final String DECISION_RETURN = Decision.RETURN;
    // set on issue
    public static final String ISSUED_PLAN_ID = "issuedPlanId";
    public static final String CASCADE_TARGETS = "cascadeTargets";
    // set when overdue
    public static final String PLAN_OVERDUE = "planOverdue";
    public static final String OVERDUE_ESCALATED_TO = "overdueEscalatedTo";
    // follow-up-overdue-plan form
    public static final String NEW_DRAFT_DEADLINE = "newDraftDeadline";
    public static final String FOLLOW_UP_NOTE = "followUpNote";

    private Variables() {
    }
  }

  private DirectiveCascadeProcess() {
  }
}
