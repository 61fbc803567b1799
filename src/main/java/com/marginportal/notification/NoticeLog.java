package com.marginportal.notification;

import java.time.Instant;
import java.util.List;

import com.marginportal.security.DataScope;
import com.marginportal.security.ScopeCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.marginportal.UtcColumns.utc;

/**
 * The mail log (邮件发送记录): every notice in a manager's branch or, for an admin, all of them, newest first,
 * in database pages. Managers only: advisors see notices through their cases and clients.
 * JdbcClient, not JPA: a read-only scoped, filtered and paged query of the mail log, with counts.
 */
@Repository
class NoticeLog {

    private final JdbcClient jdbc;

    NoticeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NoticeRecord> page(MailLogFilter filter, DataScope scope, int offset, int limit) {
        ScopeCondition s = scope.clientRows("n");
        return bind(jdbc.sql(NoticeStore.SELECT + " WHERE " + where(filter, s)
                        + " ORDER BY n.id DESC LIMIT :limit OFFSET :offset"), filter, s)
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> NoticeStore.record(rs)).list();
    }

    int count(MailLogFilter filter, DataScope scope) {
        ScopeCondition s = scope.clientRows("n");
        return bind(jdbc.sql("SELECT COUNT(*) FROM notification n WHERE " + where(filter, s)), filter, s)
                .query(Integer.class).single();
    }

    /** Notices still waiting (PENDING or SENDING) that were created before {@code before}. */
    int waitingSince(Instant before, DataScope scope) {
        ScopeCondition s = scope.clientRows("n");
        return bind(jdbc.sql("SELECT COUNT(*) FROM notification n WHERE n.status IN ('PENDING', 'SENDING')"
                        + " AND n.created_at < :before" + s.and()), MailLogFilter.none(), s)
                .param("before", utc(before)).query(Integer.class).single();
    }

    private static String where(MailLogFilter f, ScopeCondition scope) {
        StringBuilder where = new StringBuilder(scope.sql());
        if (f.status() != null) {
            where.append(" AND n.status = :status");
        }
        if (f.type() != null) {
            where.append(" AND n.notice_type = :type");
        }
        if (f.from() != null) {
            where.append(" AND n.created_at >= :from");
        }
        if (f.to() != null) {
            where.append(" AND n.created_at < :to");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, MailLogFilter f, ScopeCondition scope) {
        sql = sql.params(scope.params());
        if (f.status() != null) {
            sql = sql.param("status", f.status().name());
        }
        if (f.type() != null) {
            sql = sql.param("type", f.type().name());
        }
        if (f.from() != null) {
            sql = sql.param("from", utc(f.from()));
        }
        if (f.to() != null) {
            sql = sql.param("to", utc(f.to()));
        }
        return sql;
    }
}
