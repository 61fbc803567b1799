package com.marginportal.workflow;

import java.time.LocalDate;

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

    /** Open cases only (closed ones are kept 0 days). */
    public BoardFilter openOnly() {
        return new BoardFilter(branchId, advisorId, level, step, sla, openedFrom, openedTo, version, 0);
    }

    public BoardFilter withStep(String newStep) {
        return new BoardFilter(branchId, advisorId, level, newStep, sla, openedFrom, openedTo, version, recentDays);
    }
}
