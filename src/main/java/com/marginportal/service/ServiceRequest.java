package com.marginportal.service;

import java.time.Instant;

import com.marginportal.service.domain.RequestStatus;
import com.marginportal.service.domain.RequestType;
import com.marginportal.service.domain.ServiceChannel;

/** A client's service request as users see it; {@code advisorId} is the responsible advisor. */
public record ServiceRequest(long id, long clientId, long branchId, Long advisorId, RequestType type,
                             ServiceChannel channel, String content, RequestStatus status, Instant dueAt,
                             Instant createdAt, String createdBy, Instant startedAt, String startedBy,
                             Instant closedAt, String closedBy, Integer satisfaction, String resolution,
                             Instant escalatedAt, int version) {

    /** Still open after its due time (at the due time itself it is not late yet). */
    public boolean isOverdue(Instant now) {
        return !status.isClosed() && dueAt.isBefore(now);
    }
}
