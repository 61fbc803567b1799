package com.marginportal.notification;

import static com.marginportal.UtcColumns.instant;
import static com.marginportal.UtcColumns.utc;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The acknowledgement mark of risk notices: read while unset, set once.
 * JdbcClient, not JPA: one conditional UPDATE of a notification row (NoticeStore's table) lets exactly one caller win.
 */
@Repository
class AcknowledgementStore {

    /** The types whose notices carry the link, as {@link NoticeType#acknowledgeable()} says (enum names only). */
    private static final String ACKNOWLEDGEABLE = java.util.Arrays.stream(NoticeType.values())
            .filter(NoticeType::acknowledgeable).map(t -> "'" + t.name() + "'")
            .collect(java.util.stream.Collectors.joining(", ", "notice_type IN (", ")"));

    private final JdbcClient jdbc;

    AcknowledgementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A risk notice of a case that has not been acknowledged yet. */
    record Unacknowledged(long id, NoticeType type, long caseId, long clientId, String language, String subject,
                          String text, String snapshotJson) {
    }

    Optional<Unacknowledged> unacknowledged(long noticeId) {
        return jdbc.sql("""
                SELECT id, notice_type, case_id, client_id, language_tag, subject, body_text, snapshot
                  FROM notification
                 WHERE id = ? AND acknowledged_at IS NULL AND case_id IS NOT NULL AND\s""" + ACKNOWLEDGEABLE)
                .param(noticeId)
                .query((rs, i) -> new Unacknowledged(rs.getLong(1), NoticeType.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .optional();
    }

    /** The mark of a risk notice of a case once it is set: when, and in the notice's language. */
    Optional<Acknowledgement> acknowledged(long noticeId) {
        return jdbc.sql("""
                SELECT id, language_tag, acknowledged_at
                  FROM notification
                 WHERE id = ? AND acknowledged_at IS NOT NULL AND case_id IS NOT NULL AND\s""" + ACKNOWLEDGEABLE)
                .param(noticeId)
                .query((rs, i) -> new Acknowledgement(rs.getLong(1), rs.getString(2), instant(rs, 3)))
                .optional();
    }

    /** Sets the mark unless it is set: true for exactly one caller, however many click at once. */
    boolean mark(long noticeId, Instant at) {
        return jdbc.sql("UPDATE notification SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL AND "
                        + ACKNOWLEDGEABLE)
                .params(utc(at), noticeId).update() == 1;
    }
}
