package com.marginportal.workflow;

/** Names of the marginBreach process variables (ids and plain values only, never entities). */
final class ProcessVariables {

    static final String PROCESS_KEY = "marginBreach";
    static final String MESSAGE_RESTORED = "ratioRestored";
    static final String MESSAGE_ESCALATED = "breachEscalated";
    static final String MESSAGE_CLOSED = "caseClosed";
    static final String MESSAGE_ACKNOWLEDGED = "clientAcknowledged";

    static final String CASE_ID = "caseId";
    static final String ACCOUNT_ID = "accountId";
    static final String CLIENT_ID = "clientId";
    static final String BRANCH_ID = "branchId";
    static final String ADVISOR_ID = "advisorId";
    static final String ADVISOR = "advisor";
    static final String ADVISOR_GROUP = "advisorGroup";
    static final String MANAGER_GROUP = "managerGroup";
    static final String LEVEL = "level";
    static final String NEW_LEVEL = "newLevel";
    static final String OPENED_AT = "openedAt";
    static final String CONTACT_DUE = "contactDue";
    static final String DEADLINE = "deadline";
    static final String DECISION_DUE = "decisionDue";
    /**
     * When the scan that found the breach valued the account (transient: the start's transaction only). The start's
     * dues count from it, not from the start, so the cases of one scan are due together however long their starts
     * take on a crash day, and the lists rank them by risk.
     */
    static final String DETECTED_AT = "detectedAt";
    /**
     * When the scan that found an escalation valued the account: a variable of the escalation message, removed when
     * the process applies it, whose dues then count from it ({@link #DETECTED_AT}) however late the message came.
     */
    static final String ESCALATED_AT = "escalatedAt";
    /** The deadline a decision was asked for by (transient, set by the flows from a passed deadline). */
    static final String DECISION_FROM = "decisionFrom";
    /** ISO duration after which an open manager decision goes to the risk office (decision due + the interval). */
    static final String RISK_OFFICE_DUE = "riskOfficeDue";
    static final String ATTEMPTS = "attempts";
    static final String MAX_ATTEMPTS = "maxAttempts";
    static final String RETRY_INTERVAL = "retryInterval";
    static final String EXTENSIONS = "extensions";
    static final String MAX_EXTENSIONS = "maxExtensions";
    static final String NOTICE_IDS = "noticeIds";
    static final String RESTORED = "restored";

    /** The latest acknowledgement message (notice id, type, time as ISO instant) and its recorded time. */
    static final String ACK_NOTICE_ID = "acknowledgedNoticeId";
    static final String ACK_NOTICE_TYPE = "acknowledgedNoticeType";
    static final String ACK_AT = "acknowledgedAt";
    static final String CLIENT_ACKNOWLEDGED_AT = "clientAcknowledgedAt";

    /** Contact form (set when the advisor completes "contact client"). */
    static final String CHANNEL = "channel";
    static final String REACHED = "reached";
    static final String PLAN = "plan";
    static final String PROMISED_DATE = "promisedDate";
    static final String NOTE = "note";
    static final String COMPLETED_BY = "completedBy";

    /** Manager decision form. */
    static final String DECISION = "decision";
    static final String DECISION_REASON = "decisionReason";
    static final String NEW_DEADLINE = "newDeadline";
    static final String DECIDED_BY = "decidedBy";

    private ProcessVariables() {
    }
}
