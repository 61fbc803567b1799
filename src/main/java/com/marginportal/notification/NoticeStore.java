package com.marginportal.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.marginportal.security.DataScope;
import com.marginportal.security.ScopeCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import static com.marginportal.UtcColumns.instant;
import static com.marginportal.UtcColumns.utc;

/**
 * Writes new notices and reads the delivery log. State changes of delivery are {@link OutboxStore}'s.
 * JdbcClient, not JPA: an insert whose duplicate dedup key is an answer, and locking reads (FOR UPDATE).
 */
@Repository
class NoticeStore {

    /** A notice with the type of the notice that replaced it, and the earlier notice of its case it waits for. */
    static final String SELECT = """
            SELECT n.*, r.notice_type AS superseded_by_type,
                   CASE WHEN n.status = 'PENDING' THEN (SELECT MIN(e.id) """ + OutboxStore.EARLIER_UNSENT + """
                   ) END AS waiting_for
              FROM notification n LEFT JOIN notification r ON r.id = n.superseded_by""";

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new PENDING notice, due at once. Throws DuplicateKeyException when its dedup key is taken. */
    long insert(NoticeHeader r, RenderedNotice rendered, String snapshotJson, Instant now, String createdBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notification (channel, notice_type, status, case_id, client_id, branch_id, recipient,
                       recipient_name, language_tag, subject, body_text, body_html, snapshot, dedup_key, created_at,
                       created_by, next_attempt_at, attempts, series_start)
                VALUES (?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)""")
                .params(NoticeChannel.EMAIL.name(), r.type().name(), r.caseId(), r.clientId(), r.branchId(),
                        r.recipientEmail(), r.recipientName(), r.language(), rendered.subject(), rendered.text(),
                        rendered.html(), snapshotJson, r.dedupKey(), utc(now), createdBy, utc(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * A notice that could not be written ({@link CaseNoticeWriter}): FAILED from the start, with the reason and no
     * content (empty subject, bodies and recipient), never due. Throws DuplicateKeyException when its key is taken.
     */
    long insertUnwritten(NoticeSlot slot, String reason, Instant now, String createdBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notification (channel, notice_type, status, case_id, client_id, branch_id, recipient,
                       recipient_name, language_tag, subject, body_text, body_html, snapshot, dedup_key, created_at,
                       created_by, attempts, series_start, last_error, failed_at)
                VALUES (?, ?, 'FAILED', ?, ?, ?, '', '', ?, '', '', '', '{}', ?, ?, ?, 0, 0, ?, ?)""")
                .params(NoticeChannel.EMAIL.name(), slot.type().name(), slot.caseId(), slot.clientId(), slot.branchId(),
                        NoticeLanguage.ZH_CN.tag(), slot.dedupKey(), utc(now), createdBy, reason, utc(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        writeFailed(id, reason, now);
        return id;
    }

    /** One writing of notice {@code id} that failed, kept for its case history (last_error keeps only the latest). */
    private void writeFailed(long id, String reason, Instant now) {
        jdbc.sql("INSERT INTO notification_write_failure (notification_id, failed_at, reason) VALUES (?, ?, ?)")
                .params(id, utc(now), reason).update();
    }

    /** The notice {@code id} when it is one that could not be written, still FAILED, and lies in the scope. */
    Optional<NoticeSlot> unwritten(long id, DataScope scope) {
        ScopeCondition s = scope.clientRows("n");
        return jdbc.sql("SELECT n.notice_type, n.case_id, n.client_id, n.branch_id, n.dedup_key FROM notification n"
                        + " WHERE n.id = :id AND n.status = 'FAILED' AND n.subject = ''" + s.and())
                .params(s.params()).param("id", id)
                .query((rs, i) -> new NoticeSlot(NoticeType.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getString(5)))
                .optional();
    }

    /** The types of the notices written for the case after notice {@code id}. */
    List<NoticeType> laterTypes(long caseId, long id) {
        return jdbc.sql("SELECT notice_type FROM notification WHERE case_id = ? AND id > ? ORDER BY id")
                .params(caseId, id).query((rs, i) -> NoticeType.valueOf(rs.getString(1))).list();
    }

    /** The content of a notice that could not be written before, now written: PENDING, due at once. */
    boolean rewritten(long id, NoticeHeader r, RenderedNotice rendered, String snapshotJson, Instant now) {
        return jdbc.sql("""
                UPDATE notification SET status = 'PENDING', recipient = ?, recipient_name = ?, language_tag = ?,
                       subject = ?, body_text = ?, body_html = ?, snapshot = ?, next_attempt_at = ?, failed_at = NULL,
                       series_start = attempts, rewritten_at = ?
                 WHERE id = ? AND status = 'FAILED' AND subject = ''""")
                .params(r.recipientEmail(), r.recipientName(), r.language(), rendered.subject(), rendered.text(),
                        rendered.html(), snapshotJson, utc(now), utc(now), id)
                .update() == 1;
    }

    /** Still not written: the new reason, failed again now. */
    void stillUnwritten(long id, String reason, Instant now) {
        if (jdbc.sql("UPDATE notification SET last_error = ?, failed_at = ? WHERE id = ? AND status = 'FAILED' AND subject = ''")
                .params(reason, utc(now), id).update() == 1) {
            writeFailed(id, reason, now);
        }
    }

    /** A notice delivered at {@code sentAt} on its first attempt (history written after the fact). */
    long insertDelivered(NoticeHeader r, RenderedNotice rendered, String snapshotJson, Instant createdAt, Instant sentAt,
                         Instant acknowledgedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notification (channel, notice_type, status, case_id, client_id, branch_id, recipient,
                       recipient_name, language_tag, subject, body_text, body_html, snapshot, dedup_key, created_at,
                       created_by, attempts, series_start, last_attempt_at, sent_at, acknowledged_at)
                VALUES (?, ?, 'SENT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'system', 1, 0, ?, ?, ?)""")
                .params(NoticeChannel.EMAIL.name(), r.type().name(), r.caseId(), r.clientId(), r.branchId(),
                        r.recipientEmail(), r.recipientName(), r.language(), rendered.subject(), rendered.text(),
                        rendered.html(), snapshotJson, r.dedupKey(), utc(createdAt), utc(sentAt), utc(sentAt),
                        acknowledgedAt == null ? null : utc(acknowledgedAt))
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("""
                INSERT INTO notification_attempt (notification_id, attempt_no, attempted_at, delivered)
                VALUES (?, 1, ?, TRUE)""").params(id, utc(sentAt)).update();
        return id;
    }

    /**
     * The notice holding a dedup key. {@code locking} reads the latest committed row (FOR UPDATE) instead of the
     * transaction's snapshot: needed after losing an insert race under MariaDB's REPEATABLE READ.
     */
    Optional<Long> idForDedupKey(String dedupKey, boolean locking) {
        return jdbc.sql("SELECT id FROM notification WHERE dedup_key = ?" + (locking ? " FOR UPDATE" : ""))
                .param(dedupKey).query(Long.class).optional();
    }

    /** A manager sees the branch's notices, an advisor those of the clients they look after (the data scope). */
    List<NoticeRecord> forCase(long caseId, DataScope scope) {
        ScopeCondition s = scope.clientRows("n");
        return jdbc.sql(SELECT + " WHERE n.case_id = :id" + s.and() + " ORDER BY n.id")
                .params(s.params()).param("id", caseId).query((rs, i) -> record(rs)).list();
    }

    List<NoticeRecord> forClient(long clientId, DataScope scope) {
        ScopeCondition s = scope.clientRows("n");
        return jdbc.sql(SELECT + " WHERE n.client_id = :id" + s.and() + " ORDER BY n.id")
                .params(s.params()).param("id", clientId).query((rs, i) -> record(rs)).list();
    }

    Optional<NoticeRecord> byId(long id) {
        return jdbc.sql(SELECT + " WHERE n.id = ?").param(id).query((rs, i) -> record(rs)).optional();
    }

    /**
     * Notices the client has not received and the dispatcher is not simply about to send: those the mail server
     * refused or could not be reached for so far, waiting for their next attempt ({@link NoticeRecord#retrying()},
     * first, the oldest first), then those that used up their attempts, newest failure first — FAILED ones, and those
     * a later notice of their case replaced after they had failed (SUPERSEDED, failed_at kept) — in the scope.
     */
    List<NoticeRecord> undelivered(DataScope scope, int offset, int limit) {
        ScopeCondition s = scope.clientRows("n");
        return jdbc.sql(SELECT + " WHERE (" + RETRYING + " OR " + FAILED + ")" + s.and() + " " + """
                         ORDER BY CASE WHEN n.status = 'PENDING' THEN 0 ELSE 1 END,
                                  CASE WHEN n.status = 'PENDING' THEN n.created_at END, n.failed_at DESC, n.id DESC
                         LIMIT :limit OFFSET :offset""")
                .params(s.params()).param("limit", limit).param("offset", offset).query((rs, i) -> record(rs)).list();
    }

    /** How many notices {@link #undelivered} lists in the scope, retrying and failed, counted in the database. */
    UndeliveredNotices countUndelivered(DataScope scope) {
        ScopeCondition s = scope.clientRows("n");
        return jdbc.sql("SELECT COALESCE(SUM(CASE WHEN " + RETRYING + " THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN " + FAILED + " THEN 1 ELSE 0 END), 0) FROM notification n WHERE ("
                        + RETRYING + " OR " + FAILED + ")" + s.and()).params(s.params())
                .query((rs, i) -> new UndeliveredNotices(rs.getLong(1), rs.getLong(2))).single();
    }

    private static final String FAILED = "(n.failed_at IS NOT NULL AND n.status IN ('FAILED', 'SUPERSEDED'))";
    /** NoticeRecord#retrying (the mail log's "待重发") in SQL: the incidents list what the mail log calls so. */
    private static final String RETRYING = "(n.status = 'PENDING' AND n.attempts > 0 AND n.next_attempt_at IS NOT NULL)";

    List<DeliveryAttempt> attempts(long noticeId) {
        return jdbc.sql("""
                SELECT notification_id, attempt_no, attempted_at, delivered, error_message
                  FROM notification_attempt WHERE notification_id = ? ORDER BY id""")
                .param(noticeId)
                .query((rs, i) -> new DeliveryAttempt(rs.getLong(1), rs.getInt(2), instant(rs, "attempted_at"),
                        rs.getBoolean(4), rs.getString(5)))
                .list();
    }

    static NoticeRecord record(ResultSet rs) throws SQLException {
        return new NoticeRecord(rs.getLong("id"), NoticeChannel.valueOf(rs.getString("channel")),
                NoticeType.valueOf(rs.getString("notice_type")), NoticeStatus.valueOf(rs.getString("status")),
                rs.getObject("case_id", Long.class), rs.getLong("client_id"), rs.getLong("branch_id"), rs.getString("recipient"),
                rs.getString("recipient_name"), rs.getString("language_tag"), rs.getString("subject"),
                rs.getString("body_text"), rs.getString("body_html"), rs.getString("snapshot"),
                rs.getString("dedup_key"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "next_attempt_at"), rs.getInt("attempts"), instant(rs, "last_attempt_at"),
                rs.getString("last_error"), instant(rs, "sent_at"), instant(rs, "failed_at"),
                instant(rs, "acknowledged_at"), replacement(rs), rs.getObject("waiting_for", Long.class));
    }

    private static NoticeRecord.Replacement replacement(ResultSet rs) throws SQLException {
        Long by = rs.getObject("superseded_by", Long.class);
        return by == null ? null : new NoticeRecord.Replacement(by, NoticeType.valueOf(rs.getString("superseded_by_type")),
                instant(rs, "superseded_at"));
    }
}
