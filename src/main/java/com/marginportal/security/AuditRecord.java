package com.marginportal.security;

import java.time.Instant;
import java.util.List;

/**
 * One audit entry as read.
 *
 * @param details     as recorded: what people typed, or the system's English wording
 * @param detailsKey  the system's message ({@link AuditText}) for the reader's language; null for other details
 * @param detailsArgs its arguments (empty without a key)
 */
public record AuditRecord(long id, Instant occurredAt, String username, String action, String entityType,
                          String entityId, String details, String detailsKey, List<String> detailsArgs) {

    public AuditRecord {
        detailsArgs = detailsArgs == null ? List.of() : List.copyOf(detailsArgs);
    }

    /** The bundle key of the system's wording, or null where the details are shown as recorded. */
    public String detailsMessageKey() {
        return detailsKey == null ? null : AuditText.messageKey(detailsKey);
    }
}
