package com.marginportal.client;

import static com.marginportal.UtcColumns.utc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System API (no logged-in user) of the monthly report job: active clients who opted in and can be written to,
 * page by page in client-number order. Never expose it to views.
 * JdbcClient, not JPA: keyset pages of a join of clients and accounts with each month's trade count.
 */
@Service
@Transactional(readOnly = true)
public class PeriodicReportClients {

    private final JdbcClient jdbc;

    PeriodicReportClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} recipients after {@code afterClientId}; trades counted in [from, to). */
    public List<ReportRecipient> page(Instant from, Instant to, long afterClientId, int limit) {
        return jdbc.sql("""
                SELECT c.id, c.name, c.email, c.preferred_language, c.branch_id, c.advisor_id, a.id AS account_id,
                       a.maintenance_ratio, a.total_assets, a.total_debt, a.cash, a.valued_at,
                       (SELECT COUNT(*) FROM trade t
                         WHERE t.account_id = a.id AND t.traded_at >= :from AND t.traded_at < :to) AS trades
                  FROM client c JOIN credit_account a ON a.client_id = c.id
                 WHERE c.periodic_report = TRUE AND c.status = 'ACTIVE' AND c.email IS NOT NULL AND c.email <> ''
                   AND c.id > :after
                 ORDER BY c.id LIMIT :limit""")
                .param("from", utc(from)).param("to", utc(to)).param("after", afterClientId).param("limit", limit)
                .query((rs, i) -> {
                    long accountId = rs.getLong("account_id");
                    LocalDateTime valued = rs.getObject("valued_at", LocalDateTime.class);
                    return new ReportRecipient(rs.getLong("id"), accountId, rs.getString("name"), rs.getString("email"),
                            rs.getString("preferred_language"), rs.getLong("branch_id"),
                            rs.getObject("advisor_id", Long.class), NoticeContact.mask(accountId),
                            rs.getBigDecimal("maintenance_ratio"), rs.getBigDecimal("total_assets"),
                            rs.getBigDecimal("total_debt"), rs.getBigDecimal("cash"),
                            valued == null ? null : valued.toInstant(ZoneOffset.UTC), rs.getInt("trades"));
                })
                .list();
    }

}
