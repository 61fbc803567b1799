package com.marginportal.security;

import java.time.Instant;

public record AuditRecord(long id, Instant occurredAt, String username, String action, String entityType,
                          String entityId, String details) {
}
