package com.marginportal.notification;

import java.time.Instant;
import java.util.List;

import com.marginportal.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.marginportal.notification.UtcColumns.utc;

/**
 * The mail log (邮件发送记录): every notice in a manager's branch or, for an admin, all of them, newest first,
 * in database pages. Managers only: advisors see notices through their cases and clients.
 */
@Repository
class NoticeLog {

    private final JdbcClient jdbc;

    NoticeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NoticeRecord> page(MailLogFilter filter, Long branchId, int offset, int limit) {
        return bind(jdbc.sql(NoticeStore.SELECT + " WHERE " + where(filter, branchId)
                        + " ORDER BY n.id DESC LIMIT :limit OFFSET :offset"), filter, branchId)
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> NoticeStore.record(rs)).list();
    }

    int count(MailLogFilter filter, Long branchId) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM notification n WHERE " + where(filter, branchId)), filter, branchId)
                .query(Integer.class).single();
    }

    /** Notices still waiting (PENDING or SENDING) that were created before {@code before}. */
    int waitingSince(Instant before, Long branchId) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM notification n WHERE n.status IN ('PENDING', 'SENDING')"
                        + " AND n.created_at < :before" + (branchId == null ? "" : " AND n.branch_id = :branch")),
                MailLogFilter.none(), branchId)
                .param("before", utc(before)).query(Integer.class).single();
    }

    private static String where(MailLogFilter f, Long branchId) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (branchId != null) {
            where.append(" AND n.branch_id = :branch");
        }
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

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, MailLogFilter f, Long branchId) {
        if (branchId != null) {
            sql = sql.param("branch", branchId);
        }
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

    /** Scope as a branch restriction: null for everything (admins). Advisors never reach this. */
    static Long branchOf(DataScope scope) {
        return scope.kind() == DataScope.Kind.ALL ? null : scope.branchId();
    }
}
