package com.marginportal.workflow;

import java.util.Map;
import java.util.Set;

/**
 * Every name the breach invariants read that another change may rename, in one place: case states as stored in
 * {@code risk_case.status}, notice statuses, and how a resolution record's timeline marks a step that was cut
 * short. Plain strings on purpose (the checks read the tables with SQL), so that after a merge only this class
 * needs adjusting.
 */
final class CaseVocabulary {

    private CaseVocabulary() {
    }

    /** {@code risk_case.status} of a case still in handling (a running process belongs to it). */
    static final Set<String> IN_HANDLING = Set.of("OPEN");

    /** Notice statuses that mean "delivered". */
    static final Set<String> SENT = Set.of("SENT");
    /** Notice statuses that mean "will not be sent, on purpose" (a later notice of the case replaced it). */
    static final Set<String> SUPERSEDED = Set.of("SUPERSEDED", "CANCELLED", "OBSOLETE", "SKIPPED");
    /** Notice statuses that mean "gave up"; allowed at the end only with a recorded reason (last_error). */
    static final Set<String> FAILED = Set.of("FAILED");

    /** Risk notice types by severity; the resolution notice comes after all of them. */
    static final Map<String, Integer> RISK_SEVERITY = Map.of("WARNING", 1, "MARGIN_CALL", 2, "LIQUIDATION", 3);
    static final String RESOLUTION = "RESOLUTION";
    /** A manager's extension told to the client: a new deadline, not a level (no place in the severity order). */
    static final String EXTENSION = "EXTENSION";

    /** The process key of the breach workflow. */
    static final String PROCESS_KEY = "marginBreach";

    /**
     * A timeline entry that says of itself that the step did not run to its end (so it claims nothing): any of
     * these keys set to true, or a status/outcome naming a cancellation.
     */
    static boolean markedNotDone(Map<String, Object> entry) {
        for (String flag : new String[] {"cancelled", "canceled", "interrupted", "skipped"}) {
            if (Boolean.TRUE.equals(entry.get(flag))) {
                return true;
            }
        }
        for (String key : new String[] {"status", "outcome", "state", "result"}) {
            Object value = entry.get(key);
            if (value != null && value.toString().toUpperCase().matches(".*(CANCEL|INTERRUPT|SKIP|NOT_DONE|ABORT).*")) {
                return true;
            }
        }
        return entry.get("deleteReason") != null;
    }

    /** Timeline steps that claim something happened (work done, a timer or message taken); waits and gateways don't. */
    static final Set<String> CLAIMING_STEPS = Set.of("sendRiskNotice", "contactClient", "recordContact", "followUp",
            "managerDecision", "recordDecision", "handOff", "escalationReview", "decisionEscalation", "applyEscalation",
            "restored", "escalated", "closedByManager", "contactOverdue", "deadlineReached", "decisionOverdue",
            "recordAcknowledgement");

    /** User tasks of the process: a claimed one must be a task that was completed, not one cancelled. */
    static final Set<String> USER_TASKS = Set.of("contactClient", "followUp", "managerDecision", "escalationReview",
            "decisionEscalation");

    /**
     * The step a resolution-record entry (a {@code workflow.CaseHistoryEntry} as JSON) stands for, in the names the
     * source counts use: a risk notice queued (or its writing failed), a contact recorded, a level raised, the ratio restored, the hand-off,
     * a completed user task; null for the entries no source count covers.
     */
    @SuppressWarnings("unchecked")
    static String stepOf(Map<String, Object> entry) {
        Map<String, Object> facts = entry.get("facts") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return switch (String.valueOf(entry.get("kind"))) {
            case "NOTICE_QUEUED" -> RISK_SEVERITY.containsKey(String.valueOf(facts.get("noticeType"))) ? "sendRiskNotice" : null;
            // the step ran but its notice could not be written (each failed writing once): no notice was queued
            case "NOTICE_NOT_WRITTEN" -> RISK_SEVERITY.containsKey(String.valueOf(facts.get("noticeType")))
                    ? "riskNoticeNotWritten" : null;
            case "CONTACT_ATTEMPT" -> "recordContact";
            case "DECISION" -> "decision";
            case "LEVEL_RAISED" -> "escalated";
            case "RATIO_RESTORED" -> "restored";
            case "HANDED_OFF" -> "handOff";
            case "TASK_COMPLETED" -> USER_TASKS.contains(String.valueOf(facts.get("task"))) ? String.valueOf(facts.get("task")) : null;
            default -> null;
        };
    }

    /** History kinds that stand for no counted step (stepOf is null for them): states, deliveries, talk. */
    static final Set<String> NO_STEP = Set.of("CASE_OPENED", "NOTICE_SENT", "NOTICE_FAILED", "NOTICE_SUPERSEDED",
            "TASK_CREATED", "TASK_CLAIMED", "TASK_RETURNED", "TASK_REASSIGNED", "TASK_CANCELLED", "MESSAGE_POSTED", "NOTE_ADDED", "ACKNOWLEDGED", "CLOSED");

    /** User tasks the case history shows by their outcome, not as a completed task (workflow.CaseHistories). */
    static final Map<String, String> OUTCOME_OF_TASK = Map.of("contactClient", "recordContact", "managerDecision", "decision");
}
