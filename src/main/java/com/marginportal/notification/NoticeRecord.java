package com.marginportal.notification;

import java.time.Instant;

/**
 * One notice as kept in the delivery log: what was (to be) sent, to whom, with the account snapshot as JSON,
 * and where delivery stands. {@code attempts} counts every hand-over to the mail server, across retries.
 * {@code caseId} is null for periodic reports, which belong to no case. A SUPERSEDED notice names the later
 * notice of its case that replaced it ({@code supersededBy}) and when ({@code supersededAt}).
 */
public record NoticeRecord(long id, NoticeChannel channel, NoticeType type, NoticeStatus status, Long caseId,
                           long clientId, long branchId, String recipient, String recipientName, String language,
                           String subject, String textBody, String htmlBody, String snapshotJson, String dedupKey,
                           Instant createdAt, String createdBy, Instant nextAttemptAt, int attempts,
                           Instant lastAttemptAt, String lastError, Instant sentAt, Instant failedAt,
                           Instant acknowledgedAt, Long supersededBy, Instant supersededAt) {
}
