package com.marginportal.service;

import java.time.Instant;

/**
 * A contact a plan asks an advisor to make. OPEN until the client is reached (unanswered attempts are recorded and
 * counted, the task stays), then DONE with the contact history row; CANCELLED when the client left the plan.
 * {@code planNameKey}: the message key of a built-in plan's name, null when the plan's name is shown as typed.
 */
public record ContactTask(long id, long planId, String planName, String planNameKey, long clientId, long branchId,
                          Long advisorId, Status status, Instant lastContactAt, Instant createdAt, Instant dueAt,
                          int attempts, Instant closedAt, String closedBy, Long contactId, int version) {

    public enum Status { OPEN, DONE, CANCELLED }

    public boolean isOverdue(Instant now) {
        return status == Status.OPEN && dueAt.isBefore(now);
    }
}
