package com.marginportal.client;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * System API for analyses over the whole archive (no user scope: callers are recalculations, not users).
 * Streams every client's {@link ClientActivity} in client-number order with one statement.
 */
@Service
public class ClientActivityQuery {

    private final JdbcTemplate jdbc;

    ClientActivityQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void forEach(Instant since, Consumer<ClientActivity> consumer) {
        Long run = jdbc.queryForObject("SELECT MAX(id) FROM valuation_run WHERE finished_at IS NOT NULL", Long.class);
        Timestamp from = Timestamp.valueOf(LocalDateTime.ofInstant(since, ZoneOffset.UTC));
        jdbc.query(con -> {
            var ps = con.prepareStatement(ClientActivitySql.FACTS);
            ps.setFetchSize(1000);
            ps.setLong(1, run == null ? -1 : run);
            ps.setTimestamp(2, from);
            ps.setTimestamp(3, from);
            return ps;
        }, rs -> {
            consumer.accept(new ClientActivity(rs.getLong("client_id"), rs.getString("risk_tolerance"),
                    rs.getBoolean("advisory_agreement"), rs.getBigDecimal("special_warning_line"),
                    rs.getBigDecimal("financing_ratio"), rs.getBigDecimal("maintenance_ratio"),
                    rs.getBigDecimal("total_assets"), rs.getBigDecimal("long_market_value"),
                    rs.getBigDecimal("volatile_value"), rs.getLong("trades"), rs.getBigDecimal("amount"),
                    rs.getBigDecimal("buy_amount"), rs.getLong("contacts"), rs.getLong("advisor_contacts"),
                    rs.getObject("birth_date", LocalDate.class), rs.getObject("trading_since", LocalDate.class),
                    rs.getObject("opened_on", LocalDate.class)));
        });
    }
}
