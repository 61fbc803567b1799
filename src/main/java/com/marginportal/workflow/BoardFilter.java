package com.marginportal.workflow;

import java.time.LocalDate;

import com.marginportal.security.AuditText;

/**
 * The board's filter; null means any. {@code openedFrom}/{@code openedTo} are Shanghai dates (inclusive);
 * closed cases are shown for {@code recentDays} after their process ended.
 */
public record BoardFilter(Long branchId, Long advisorId, String level, String step, SlaState sla,
                          LocalDate openedFrom, LocalDate openedTo, Integer version, int recentDays) {

    public static final BoardFilter DEFAULT = new BoardFilter(null, null, null, null, null, null, null, null, 7);

    public BoardFilter {
        if (recentDays < 0) {
            throw new IllegalArgumentException("recentDays must not be negative");
        }
        if (openedFrom != null && openedTo != null && openedTo.isBefore(openedFrom)) {
            throw new IllegalArgumentException("the date range ends before it starts");
        }
    }

    /** What the filter sets, for the audit log, in the reader's language. */
    AuditText.Fields auditFields() {
        return AuditText.fields().with("audit.field.branchId", branchId).with("audit.field.advisorId", advisorId)
                .with("cases.col.level", level == null ? null : AuditText.word("level." + level))
                .with("board.col.step", step == null ? null : AuditText.word("activity." + step))
                .with("board.col.sla", sla == null ? null : AuditText.word("sla." + sla.name()))
                .with("board.openedFrom", openedFrom).with("board.openedTo", openedTo)
                .with("board.col.version", version).with("audit.field.recentDays", recentDays);
    }

    /** Open cases only (closed ones are kept 0 days). */
    public BoardFilter openOnly() {
        return new BoardFilter(branchId, advisorId, level, step, sla, openedFrom, openedTo, version, 0);
    }

    public BoardFilter withStep(String newStep) {
        return new BoardFilter(branchId, advisorId, level, newStep, sla, openedFrom, openedTo, version, recentDays);
    }
}
