package com.marginportal.notification;

import static com.marginportal.UtcColumns.instant;
import static com.marginportal.UtcColumns.utc;

import java.time.Clock;
import java.util.List;

import com.marginportal.security.CurrentUser;
import com.marginportal.security.PortalUser;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages for staff inside the portal (the bell in the header). Posted by the system to a group or a user,
 * read by every member of it; each reader has their own read mark.
 * JdbcClient, not JPA: an insert whose duplicate dedup key is a normal answer, and INSERT … SELECT read marks.
 */
@Service
public class InAppMessages {

    private static final int LIST_LIMIT = 50;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    InAppMessages(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * System API: posts a message once per dedup key (a retried caller posts nothing new); runs in the caller's
     * transaction, so a rolled-back escalation leaves no message behind.
     */
    @Transactional
    public void post(String recipient, InAppKind kind, Long caseId, Long clientId, String clientName, String dedupKey) {
        try {
            jdbc.sql("""
                    INSERT INTO in_app_message (recipient, kind, case_id, client_id, client_name, dedup_key, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(recipient, kind.name(), caseId, clientId, clientName, dedupKey, utc(clock.instant()))
                    .update();
        } catch (DuplicateKeyException alreadyPosted) {
            // the same escalation, posted before
        }
    }

    /** The caller's latest messages (their own and their groups'), newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InAppMessage> mine() {
        PortalUser me = currentUser.require();
        return jdbc.sql("""
                SELECT m.*, r.read_at FROM in_app_message m
                  LEFT JOIN in_app_message_read r ON r.message_id = m.id AND r.username = :me
                 WHERE m.recipient IN (:groups)
                 ORDER BY m.id DESC LIMIT :limit""")
                .param("limit", LIST_LIMIT).param("me", me.username()).param("groups", me.recipientGroups())
                .query((rs, i) -> new InAppMessage(rs.getLong("id"), InAppKind.valueOf(rs.getString("kind")),
                        rs.getObject("case_id", Long.class), rs.getObject("client_id", Long.class),
                        rs.getString("client_name"), instant(rs, "created_at"), rs.getObject("read_at") != null))
                .list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        PortalUser me = currentUser.require();
        return jdbc.sql("""
                SELECT COUNT(*) FROM in_app_message m
                 WHERE m.recipient IN (:groups)
                   AND NOT EXISTS (SELECT 1 FROM in_app_message_read r WHERE r.message_id = m.id AND r.username = :me)""")
                .param("me", me.username()).param("groups", me.recipientGroups()).query(Long.class).single();
    }

    /** Marks every message the caller can see as read by them. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        PortalUser me = currentUser.require();
        return jdbc.sql("""
                INSERT INTO in_app_message_read (message_id, username, read_at)
                SELECT m.id, :me, :now FROM in_app_message m
                 WHERE m.recipient IN (:groups)
                   AND NOT EXISTS (SELECT 1 FROM in_app_message_read r WHERE r.message_id = m.id AND r.username = :me)""")
                .param("me", me.username()).param("now", utc(clock.instant())).param("groups", me.recipientGroups())
                .update();
    }
}
