package com.marginportal.notification;

import java.time.Instant;

/** One in-app message as its reader sees it. */
public record InAppMessage(long id, InAppKind kind, Long caseId, Long clientId, String clientName, Instant createdAt,
                           boolean read) {
}
