package com.marginportal.workflow;

import java.math.BigDecimal;
import java.time.Instant;

/** One case on the managers' board. {@code step} is the BPMN activity id of where the case waits ("resolved" at the end). */
public record BoardRow(long caseId, long clientId, long branchId, Long advisorId, String level, String caseStatus,
                       String step, Instant stepSince, Instant openedAt, Instant dueAt, String assignee,
                       Instant lastContactAt, BigDecimal ratio, Integer version, Instant endedAt, Instant escalatedAt) {

    public boolean isOpen() {
        return endedAt == null;
    }
}
