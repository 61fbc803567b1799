package com.marginportal.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How a breach case ended; immutable once written.
 *
 * @param decidedBy  the manager who decided, or null when the account restored itself
 * @param noticeIds  the risk notices sent during the case (the resolution notice follows the record)
 * @param timeline   JSON array of the process steps: activity id, name, type, assignee, start and end (UTC)
 * @param contacts   JSON array of the advisor's contact attempts
 */
public record ResolutionRecord(long caseId, long accountId, long clientId, long branchId, Long advisorId,
                               ResolutionOutcome outcome, String finalLevel, String decidedBy, String reason,
                               BigDecimal ratioAtOpen, BigDecimal ratioAtEnd, int extensions, List<Long> noticeIds,
                               String timeline, String contacts, String processInstanceId, Instant openedAt,
                               Instant resolvedAt) {
}
