package com.marginportal.security;

import java.time.LocalDate;

/**
 * What the audit log view asks for: a user (login, exact), an action code, an object (type code and/or id),
 * and a date range in Asia/Shanghai (both ends included). Blank parts do not filter.
 */
public record AuditFilter(String username, String action, String objectType, String objectId, LocalDate from,
                          LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        username = blankToNull(username);
        action = blankToNull(action);
        objectType = blankToNull(objectType);
        objectId = blankToNull(objectId);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends before it starts");
        }
    }

    /** What the filter sets, for the audit log, in the reader's language ("none" when nothing). */
    public AuditText.Fields auditFields() {
        return AuditText.fields().with("users.col.username", username)
                .with("audit.col.action", action == null ? null : AuditText.word("audit.action." + action))
                .with("audit.col.entity", objectType == null ? null : AuditText.word("audit.entity." + objectType))
                .with("audit.objectId", objectId).with("audit.from", from).with("audit.to", to);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
