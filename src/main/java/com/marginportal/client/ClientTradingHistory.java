package com.marginportal.client;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.marginportal.UtcColumns;
import com.marginportal.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's trades and valuation history for analysis in the 360 view: two queries, scoped like every
 * client query (empty for a client outside the caller's scope).
 * JdbcClient, not JPA: read-only joins of trades and of the valuation history (the last run per day).
 */
@Service
@Transactional(readOnly = true)
public class ClientTradingHistory {

    private static final String TRADES = """
            SELECT t.traded_at, t.security_code, s.board, t.trade_type, t.quantity, t.amount
              FROM trade t
              JOIN credit_account a ON a.id = t.account_id
              LEFT JOIN security s ON s.code = t.security_code
             WHERE a.client_id = :client AND t.traded_at >= :since
             ORDER BY t.traded_at, t.id""";

    // the last run of each day: runs start in trading hours, when the UTC date is the Shanghai date
    private static final String DAILY_VALUATIONS = """
            SELECT r.started_at, v.total_assets, v.top1_concentration
              FROM account_valuation v
              JOIN valuation_run r ON r.id = v.run_id
              JOIN credit_account a ON a.id = v.account_id
             WHERE a.client_id = :client
               AND v.run_id IN (SELECT MAX(r2.id) FROM valuation_run r2
                                 WHERE r2.started_at >= :since AND r2.finished_at IS NOT NULL
                                 GROUP BY CAST(r2.started_at AS DATE))
             ORDER BY v.run_id""";

    private final ClientSearch search;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    ClientTradingHistory(ClientSearch search, CurrentUser currentUser, JdbcClient jdbc) {
        this.search = search;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Optional<TradingHistory> since(long clientId, Instant since) {
        if (search.findVisible(currentUser.scope(), clientId) == null) {
            return Optional.empty();
        }
        Timestamp from = Timestamp.valueOf(LocalDateTime.ofInstant(since, ZoneOffset.UTC));
        List<TradingHistory.Trade> trades = jdbc.sql(TRADES).param("client", clientId).param("since", from)
                .query((rs, i) -> new TradingHistory.Trade(UtcColumns.instant(rs, "traded_at"),
                        rs.getString("security_code"), rs.getString("board"), rs.getString("trade_type"),
                        rs.getLong("quantity"), rs.getBigDecimal("amount")))
                .list();
        List<TradingHistory.Valuation> valuations = jdbc.sql(DAILY_VALUATIONS).param("client", clientId)
                .param("since", from)
                .query((rs, i) -> new TradingHistory.Valuation(UtcColumns.instant(rs, "started_at"),
                        rs.getBigDecimal("total_assets"), rs.getBigDecimal("top1_concentration")))
                .list();
        return Optional.of(new TradingHistory(trades, valuations));
    }
}
