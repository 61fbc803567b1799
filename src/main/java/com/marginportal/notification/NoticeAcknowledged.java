package com.marginportal.notification;

import java.time.Instant;

/**
 * A client acknowledged a risk notice through its personal link. Published inside the transaction that marks
 * the notice, so listeners (the breach workflow) record it on the case in the same commit, or not at all.
 */
public record NoticeAcknowledged(long noticeId, NoticeType type, long caseId, long clientId, Instant acknowledgedAt) {
}
