package com.marginportal.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marginportal.security.DataScope;
import com.marginportal.security.ScopeCondition;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static com.marginportal.UtcColumns.utc;

/**
 * The delivery state machine in SQL. Every transition is one conditional UPDATE, so concurrent dispatchers
 * (threads or nodes) agree without locks held across the SMTP call: a claim succeeds for exactly one of them,
 * and only the holder of the claim token may complete it. Claims and supersessions compare the status inside COALESCE
 * (no index range) in READ COMMITTED: a claim that scanned ix_notification_due, or under REPEATABLE READ the whole
 * table, waited in turn for each notice being written in a lane's batch of 25 process starts (a long transaction).
 * JdbcClient, not JPA: each transition is one conditional UPDATE that exactly one dispatcher wins.
 */
@Repository
class OutboxStore {

    private static final int MAX_ERROR = 1000;
    private static final String EXPIRED = "claim expired: the sending node stopped before finishing (outcome unknown)";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    OutboxStore(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(tx.getTransactionManager());
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Notices not yet handed to the mail server: waiting or being sent. */
    int waitingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE status IN ('PENDING', 'SENDING')").query(Integer.class).single();
    }

    /** What a dispatcher needs to send a claimed notice. */
    record Outgoing(long id, String recipient, String recipientName, String language, String subject, String text,
                    String html, int attempts, int seriesStart) {

        int attemptsInSeries() {
            return attempts - seriesStart;
        }

        Outgoing withBodies(String newText, String newHtml) {
            return new Outgoing(id, recipient, recipientName, language, subject, newText, newHtml, attempts, seriesStart);
        }
    }

    /** The earlier notices of notice {@code n}'s case that hold it back: not yet sent, nor superseded. */
    static final String EARLIER_UNSENT = " FROM notification e"
            + " WHERE e.case_id = n.case_id AND e.id < n.id AND e.status IN ('PENDING', 'SENDING', 'FAILED') ";

    /**
     * Due notices that may go out now: a case's notice only while every earlier notice of its case is SENT or
     * SUPERSEDED, so at most one notice per case (its oldest unsent one) is ever due or claimed, also with many
     * dispatchers. That condition, once true, stays true (nothing leaves SENT or SUPERSEDED), so the claim's
     * status guard suffices. Periodic reports (no case) are not held back by anything.
     */
    List<Long> dueIds(Instant now, int limit) {
        return jdbc.sql("""
                SELECT n.id FROM notification n WHERE n.status = 'PENDING' AND n.next_attempt_at <= ?
                   AND (n.case_id IS NULL OR NOT EXISTS (SELECT 1 """ + EARLIER_UNSENT + """
                   ))
                 ORDER BY n.next_attempt_at, n.id LIMIT ?""")
                .params(utc(now), limit).query(Long.class).list();
    }

    /**
     * Every notice of the cases where a late unsent notice (tried: FAILED, or PENDING after an attempt) has a later
     * notice of its case, or an unsent one an earlier resolution: the only cases where
     * {@link CaseNoticeOrder#obsolete} can find anything.
     */
    Map<Long, List<CaseNoticeOrder.CaseNotice>> casesWithLaterNotices() {
        Map<Long, List<CaseNoticeOrder.CaseNotice>> cases = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT n.case_id, n.id, n.notice_type, n.status, n.attempts FROM notification n
                 WHERE n.case_id IN (
                       SELECT u.case_id FROM notification u
                        WHERE u.status IN ('PENDING', 'FAILED') AND u.case_id IS NOT NULL
                          AND EXISTS (SELECT 1 FROM notification o WHERE o.case_id = u.case_id
                                         AND (o.id > u.id AND (u.attempts > 0 OR u.status = 'FAILED')
                                              OR o.id < u.id AND o.notice_type = 'RESOLUTION')))
                 ORDER BY n.case_id, n.id""")
                .query(rs -> {
                    cases.computeIfAbsent(rs.getLong(1), c -> new ArrayList<>()).add(new CaseNoticeOrder.CaseNotice(
                            rs.getLong(2), NoticeType.valueOf(rs.getString(3)), NoticeStatus.valueOf(rs.getString(4)),
                            rs.getInt(5)));
                });
        return cases;
    }

    /**
     * PENDING or FAILED → SUPERSEDED by a later notice of its case; false when it was claimed (or sent) meanwhile,
     * it then goes out before the later one.
     */
    boolean supersede(long id, long supersededBy, Instant now) {
        return tx.execute(s -> jdbc.sql("""
                UPDATE notification SET status = 'SUPERSEDED', superseded_by = ?, superseded_at = ?,
                       next_attempt_at = NULL, claim_token = NULL
                 WHERE id = ? AND COALESCE(status, '') IN ('PENDING', 'FAILED')""")
                .params(supersededBy, utc(now), id).update()) == 1;
    }

    /**
     * PENDING → SENDING for those of {@code ids} still due, counting the attempt, all under one claim token (one
     * statement for the batch); returns the notices this call claimed, in id order. Those another dispatcher
     * claimed first are not among them. Row locks are taken in key order, so two batches never deadlock.
     */
    List<Outgoing> claim(List<Long> ids, String token, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        List<Object> params = new ArrayList<>(List.of(token, utc(now), utc(now)));
        params.addAll(ids);
        params.add(utc(now));
        int claimed = tx.execute(s -> jdbc.sql("""
                UPDATE notification SET status = 'SENDING', claim_token = ?, claimed_at = ?, last_attempt_at = ?,
                       attempts = attempts + 1
                 WHERE id IN (%s) AND COALESCE(status, '') = 'PENDING' AND next_attempt_at <= ?""".formatted(in))
                .params(params).update());
        if (claimed == 0) {
            return List.of();
        }
        List<Object> read = new ArrayList<>(ids);
        read.add(token);
        return jdbc.sql("""
                SELECT id, recipient, recipient_name, language_tag, subject, body_text, body_html, attempts, series_start
                  FROM notification WHERE id IN (%s) AND claim_token = ? AND status = 'SENDING' ORDER BY id""".formatted(in))
                .params(read)
                .query((rs, i) -> new Outgoing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9)))
                .list();
    }

    /**
     * SENDING → PENDING for claimed notices never handed to the server (the node is stopping, or the claim would
     * expire before they could go): the attempt is taken back and another dispatcher may send them at once.
     */
    int unclaim(List<Long> ids, String token) {
        if (ids.isEmpty()) {
            return 0;
        }
        String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        List<Object> params = new ArrayList<>(ids);
        params.add(token);
        return jdbc.sql("""
                UPDATE notification SET status = 'PENDING', claim_token = NULL, attempts = attempts - 1
                 WHERE id IN (%s) AND claim_token = ? AND status = 'SENDING'""".formatted(in))
                .params(params).update();
    }

    /**
     * The server accepted the message. Matches on the token, not the status: if the claim had expired and was
     * released (but not yet re-claimed), the notice still ends SENT instead of going out twice.
     */
    boolean markSent(Outgoing n, String token, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return markSentOnce(n, token, now);
            } catch (PessimisticLockingFailureException lost) {
                // a deadlock or lock wait is no reason to lose the record of a delivery: unrecorded, the claim would
                // expire and the notice go out a second time
                if (attempt == MARK_SENT_ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }

    private static final int MARK_SENT_ATTEMPTS = 5;

    private boolean markSentOnce(Outgoing n, String token, Instant now) {
        return Boolean.TRUE.equals(tx.execute(s -> {
            boolean mine = jdbc.sql("""
                    UPDATE notification SET status = 'SENT', sent_at = ?, next_attempt_at = NULL, failed_at = NULL,
                           claim_token = NULL
                     WHERE id = ? AND claim_token = ?""")
                    .params(utc(now), n.id(), token).update() == 1;
            attempt(n, now, true, null);
            return mine;
        }));
    }

    /**
     * The notices that wait only because the mail server could not be reached or refused the login (their last
     * error says so) become due now: called once the server has taken a notice again, so they need not sit out the
     * rest of a back-off that may have grown to an hour. A notice the server refused on its own merits keeps its
     * back-off. Returns how many.
     */
    int dueAfterReconnect(Instant now) {
        // the ids by a plain read, then on the primary key in READ COMMITTED with the status inside COALESCE, as the
        // claim: one UPDATE over the index range took next-key locks that a sender's markSent ran into (a deadlock that
        // left a notice the server had accepted SENDING, to be released and sent again); a few hundred ids a statement
        List<Long> waiting = jdbc.sql("""
                SELECT id FROM notification WHERE status = 'PENDING' AND next_attempt_at > :now AND attempts > 0
                   AND (last_error LIKE :unreachable OR last_error LIKE 'MailAuthenticationException:%')""")
                .param("now", utc(now)).param("unreachable", UNREACHABLE).query(Long.class).list();
        int due = 0;
        for (int from = 0; from < waiting.size(); from += DUE_AFTER_RECONNECT_CHUNK) {
            List<Long> ids = waiting.subList(from, Math.min(waiting.size(), from + DUE_AFTER_RECONNECT_CHUNK));
            List<Object> params = new ArrayList<>(List.of(utc(now)));
            params.addAll(ids);
            params.add(utc(now));
            due += tx.execute(s -> jdbc.sql("""
                    UPDATE notification SET next_attempt_at = ?
                     WHERE id IN (%s) AND COALESCE(status, '') = 'PENDING' AND next_attempt_at > ?"""
                    .formatted(String.join(",", java.util.Collections.nCopies(ids.size(), "?"))))
                    .params(params).update());
        }
        return due;
    }

    private static final int DUE_AFTER_RECONNECT_CHUNK = 200;
    private static final String UNREACHABLE = "MailSendException: " + SmtpConnection.CONNECTION_FAILED + "%";

    /** SENDING → PENDING due at {@code retryAt}, or → FAILED when {@code retryAt} is null. */
    void markFailed(Outgoing n, String token, Instant now, String error, Instant retryAt) {
        String trimmed = trim(error);
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    UPDATE notification SET status = ?, next_attempt_at = ?, failed_at = ?, last_error = ?,
                           claim_token = NULL
                     WHERE id = ? AND claim_token = ? AND status = 'SENDING'""")
                    .params(retryAt == null ? "FAILED" : "PENDING", utc(retryAt), retryAt == null ? utc(now) : null,
                            trimmed, n.id(), token)
                    .update();
            attempt(n, now, false, trimmed);
        });
    }

    /**
     * Claims older than {@code claimedBefore} belong to a dispatcher that died mid-send: due again now (or FAILED
     * when the series is used up). The token stays, so a late success of the original sender still counts.
     */
    int releaseStale(Instant claimedBefore, Instant now, int maxAttempts) {
        List<Long> stale = jdbc.sql("SELECT id FROM notification WHERE status = 'SENDING' AND claimed_at < ?")
                .param(utc(claimedBefore)).query(Long.class).list();
        int released = 0;
        for (long id : stale) { // row by row on the primary key: no range locks for concurrent claims to run into
            released += tx.execute(s -> {
                int done = jdbc.sql("""
                        UPDATE notification SET status = 'FAILED', failed_at = ?, next_attempt_at = NULL, last_error = ?
                         WHERE id = ? AND status = 'SENDING' AND claimed_at < ? AND attempts - series_start >= ?""")
                        .params(utc(now), EXPIRED, id, utc(claimedBefore), maxAttempts).update()
                        + jdbc.sql("""
                        UPDATE notification SET status = 'PENDING', next_attempt_at = ?, last_error = ?
                         WHERE id = ? AND status = 'SENDING' AND claimed_at < ?""")
                        .params(utc(now), EXPIRED, id, utc(claimedBefore)).update();
                if (done > 0) { // the lost hand-over belongs in the log too; its outcome is unknown
                    jdbc.sql("""
                            INSERT INTO notification_attempt (notification_id, attempt_no, attempted_at, delivered,
                                   error_message)
                            SELECT id, attempts, claimed_at, FALSE, ? FROM notification WHERE id = ?""")
                            .params(EXPIRED, id).update();
                }
                return done;
            });
        }
        return released;
    }

    /** FAILED → PENDING, fresh series of attempts, in the scope; not one never written ({@link CaseNoticeWriter#rewrite}). */
    boolean retry(long id, DataScope scope, Instant now) {
        ScopeCondition s = scope.clientRows("notification");
        return jdbc.sql("""
                UPDATE notification SET status = 'PENDING', next_attempt_at = :now, series_start = attempts,
                       failed_at = NULL, claim_token = NULL
                 WHERE id = :id AND status = 'FAILED' AND subject <> ''""" + s.and())
                .params(s.params()).param("now", utc(now)).param("id", id).update() == 1;
    }

    /** After the notice's UPDATE in the same transaction: the FK check's shared lock then needs no upgrade. */
    private void attempt(Outgoing n, Instant at, boolean delivered, String error) {
        jdbc.sql("""
                INSERT INTO notification_attempt (notification_id, attempt_no, attempted_at, delivered, error_message)
                VALUES (?, ?, ?, ?, ?)""")
                .params(n.id(), n.attempts(), utc(at), delivered, error).update();
    }

    private static String trim(String error) {
        String text = error == null || error.isBlank() ? "unknown error" : error;
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
