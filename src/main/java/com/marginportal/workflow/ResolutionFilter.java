package com.marginportal.workflow;

import java.time.LocalDate;

import com.marginportal.security.AuditText;

/** Resolution records resolved between two Shanghai dates (inclusive; null: open-ended) with one outcome or any. */
public record ResolutionFilter(LocalDate from, LocalDate to, ResolutionOutcome outcome) {

    public static final ResolutionFilter ANY = new ResolutionFilter(null, null, null);

    public ResolutionFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends before it starts");
        }
    }

    /** What the filter sets, for the audit log, in the reader's language ("none" when nothing). */
    AuditText.Fields auditFields() {
        return AuditText.fields().with("audit.field.resolvedFrom", from).with("audit.field.resolvedTo", to)
                .with("audit.field.outcome", outcome == null ? null : AuditText.word("outcome." + outcome.name()));
    }
}
