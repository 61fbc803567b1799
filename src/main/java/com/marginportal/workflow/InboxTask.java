package com.marginportal.workflow;

import java.time.Instant;

/**
 * A human task of the breach workflow as the inbox lists it; {@code reason} the indicator its case crossed, {@code ratio}
 * its case's latest maintenance ratio (null: no debt).
 */
public record InboxTask(String taskId, String definitionKey, String name, long caseId, long clientId, long branchId,
                        String level, String reason, Instant created, Instant due, String assignee,
                        java.math.BigDecimal ratio) {

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }

    public boolean isContact() {
        return CaseTasks.CONTACT_TASK.equals(definitionKey);
    }

    public boolean isDecision() {
        return CaseTasks.DECISION_TASK.equals(definitionKey);
    }
}
