package com.marginportal.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How a breach case ended; immutable once written.
 *
 * @param decidedBy  the user name of the manager who decided, or null when the account restored itself
 * @param decidedByName the decider's display name when the record was written (null on records before it was kept)
 * @param noticeIds  the risk notices sent during the case (the resolution notice follows the record)
 * @param timeline   JSON array of the case history when the case ended ({@link CaseHistoryEntry}); records
 *                   written before it existed hold the engine's activity steps instead
 * @param contacts   JSON array of the advisor's contact attempts
 */
public record ResolutionRecord(long caseId, long accountId, long clientId, long branchId, Long advisorId,
                               ResolutionOutcome outcome, String finalLevel, String decidedBy, String decidedByName, String reason,
                               BigDecimal ratioAtOpen, BigDecimal ratioAtEnd, int extensions, List<Long> noticeIds,
                               String timeline, String contacts, String processInstanceId, Instant openedAt,
                               Instant resolvedAt) {

    /** The decider as people know them: the display name, or the user name on older records. */
    public String decider() {
        return decidedByName != null ? decidedByName : decidedBy;
    }

    /** The case's events up to its closing; empty on a record whose timeline predates the case history. */
    public List<CaseHistoryEntry> history() {
        return CaseHistoryJson.isHistory(timeline) ? CaseHistoryJson.read(timeline) : List.of();
    }

    public boolean hasHistory() {
        return CaseHistoryJson.isHistory(timeline);
    }
}
