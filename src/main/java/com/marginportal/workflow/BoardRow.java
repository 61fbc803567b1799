package com.marginportal.workflow;

import java.math.BigDecimal;
import java.time.Instant;

import com.marginportal.risk.domain.CaseState;

/**
 * One case on the managers' board. {@code caseStatus} is the case's one state (risk_case.status, as in every view);
 * {@code endedAt} when it ended (restored, or decided by a manager); {@code step} is the BPMN activity id of where the
 * case's process waits ("resolved" at the end).
 */
public record BoardRow(long caseId, long clientId, long branchId, Long advisorId, String level, CaseState caseStatus,
                       String step, Instant stepSince, Instant openedAt, Instant dueAt, String assignee,
                       Instant lastContactAt, BigDecimal ratio, Integer version, Instant endedAt, Instant escalatedAt,
                       String reason) {

    public boolean isOpen() {
        return caseStatus == CaseState.OPEN;
    }

    /** Open at a task nobody has taken yet (not at a wait for a timer or message, where there is nothing to claim). */
    public boolean isUnclaimed() {
        return isOpen() && assignee == null && CaseBoard.isTaskStep(step);
    }
}
