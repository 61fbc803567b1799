package com.marginportal.client;

import static com.marginportal.UtcColumns.utc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * System API for analyses over the whole archive (no user scope: callers are recalculations, not users).
 * Streams every client's {@link ClientActivity} in client-number order with one statement, or some clients'
 * with one statement per thousand of them.
 * JdbcClient, not JPA: one streamed statement aggregates activity over the whole archive.
 */
@Service
public class ClientActivityQuery {

    /** Clients per statement of {@link #forEach(Instant, long[], Consumer)} (below MariaDB's in_predicate_conversion_threshold). */
    public static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    ClientActivityQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many clients {@link #forEach(Instant, Consumer)} streams (those with a credit account). */
    public int count() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM client c JOIN credit_account a ON a.client_id = c.id",
                Integer.class);
        return n == null ? 0 : n;
    }

    public void forEach(Instant since, Consumer<ClientActivity> consumer) {
        long run = latestRun();
        Timestamp from = Timestamp.valueOf(utc(since));
        jdbc.query(con -> {
            var ps = con.prepareStatement(ClientActivitySql.FACTS);
            ps.setFetchSize(1000);
            ps.setLong(1, run);
            ps.setTimestamp(2, from);
            ps.setTimestamp(3, from);
            return ps;
        }, rs -> {
            consumer.accept(activity(rs));
        });
    }

    /**
     * The same figures as {@link #forEach(Instant, Consumer)} for some clients only, in client-number order
     * (clients without a credit account are skipped, as there).
     */
    public void forEach(Instant since, long[] clientIds, Consumer<ClientActivity> consumer) {
        long run = latestRun();
        Timestamp from = Timestamp.valueOf(utc(since));
        long[] sorted = Arrays.stream(clientIds).sorted().distinct().toArray();
        for (int start = 0; start < sorted.length; start += CHUNK) {
            long[] clients = Arrays.copyOfRange(sorted, start, Math.min(sorted.length, start + CHUNK));
            List<Long> accounts = jdbc.queryForList("SELECT id FROM credit_account WHERE client_id IN ("
                    + String.join(",", Collections.nCopies(clients.length, "?")) + ")", Long.class,
                    Arrays.stream(clients).boxed().toArray());
            jdbc.query(con -> {
                PreparedStatement ps = con.prepareStatement(ClientActivitySql.factsFor(accounts.size(), clients.length));
                List<Object> params = new ArrayList<>();
                params.add(run);
                params.addAll(accounts);
                params.add(from);
                params.addAll(accounts);
                params.add(from);
                Arrays.stream(clients).forEach(params::add);
                Arrays.stream(clients).forEach(params::add);
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                return ps;
            }, rs -> {
                consumer.accept(activity(rs));
            });
        }
    }

    private long latestRun() {
        Long run = jdbc.queryForObject("SELECT MAX(id) FROM valuation_run WHERE finished_at IS NOT NULL", Long.class);
        return run == null ? -1 : run;
    }


    private static ClientActivity activity(ResultSet rs) throws SQLException {
        return new ClientActivity(rs.getLong("client_id"), rs.getString("risk_tolerance"),
                rs.getBoolean("advisory_agreement"), rs.getBigDecimal("special_warning_line"),
                rs.getBigDecimal("financing_ratio"), rs.getBigDecimal("maintenance_ratio"),
                rs.getBigDecimal("total_assets"), rs.getBigDecimal("long_market_value"),
                rs.getBigDecimal("volatile_value"), rs.getLong("trades"), rs.getBigDecimal("amount"),
                rs.getBigDecimal("buy_amount"), rs.getLong("contacts"), rs.getLong("advisor_contacts"),
                rs.getObject("birth_date", LocalDate.class), rs.getObject("trading_since", LocalDate.class),
                rs.getObject("opened_on", LocalDate.class));
    }
}
