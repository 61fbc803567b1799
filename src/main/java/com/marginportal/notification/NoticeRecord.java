package com.marginportal.notification;

import java.time.Instant;

/**
 * One notice as kept in the delivery log: what was (to be) sent, to whom, with the account snapshot as JSON,
 * and where delivery stands. {@code attempts} counts every hand-over to the mail server, across retries.
 * {@code caseId} is null for periodic reports, which belong to no case. {@code replacedBy} is null unless the
 * notice is SUPERSEDED: then it names the notice of its case that replaced it, and when. {@code waitingFor} is
 * null unless the notice is PENDING behind an earlier notice of its case not yet sent (per-case order): its id.
 * A notice that could not be written has empty content fields ({@link #written()}).
 */
public record NoticeRecord(long id, NoticeChannel channel, NoticeType type, NoticeStatus status, Long caseId,
                           long clientId, long branchId, String recipient, String recipientName, String language,
                           String subject, String textBody, String htmlBody, String snapshotJson, String dedupKey,
                           Instant createdAt, String createdBy, Instant nextAttemptAt, int attempts,
                           Instant lastAttemptAt, String lastError, Instant sentAt, Instant failedAt,
                           Instant acknowledgedAt, Replacement replacedBy, Long waitingFor) {

    /**
     * False for a notice that could not be written (its request could not be built or rendered): FAILED from the
     * start, with the reason in {@code lastError} and no content; a manager's retry writes it again.
     */
    public boolean written() {
        return subject != null && !subject.isEmpty();
    }

    /** How staff name it, as the client got it ({@link NoticeKind}): a label code under "noticeType." and the like. */
    public String kind() {
        return NoticeKind.of(type, snapshotJson);
    }

    /**
     * The HTML as staff may read it: the stored copy holds a marker where each hand-over put the client's personal
     * acknowledgement link; here the link's button leads nowhere and its text says what stood there.
     */
    public String htmlForStaff(String linkStandIn) {
        return AcknowledgementLinks.forStaff(htmlBody, linkStandIn);
    }

    /** Refused by the mail server so far and waiting for its next attempt: not yet told, and not given up. */
    public boolean retrying() {
        return status == NoticeStatus.PENDING && attempts > 0 && nextAttemptAt != null;
    }

    /** The notice that made this one obsolete ({@link NoticeStatus#SUPERSEDED}), its type, and when. */
    public record Replacement(long noticeId, NoticeType type, Instant at) {
    }
}
