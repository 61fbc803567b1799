package com.marginportal.client;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Values every credit account from positions, latest prices and balances in one set-based statement
 * (see {@link ValuationSql}), keeps the figures per run as history and copies the latest onto the
 * account row for lists. The same formulas as {@link com.marginportal.client.domain.MarginCalculator}.
 * JdbcClient, not JPA: one set-based statement (a temporary table on MariaDB) values every account.
 */
@Service
public class AccountValuationService {

    private static final Logger log = LoggerFactory.getLogger(AccountValuationService.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile Boolean mariaDb;

    AccountValuationService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions,
                            Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    /**
     * Values all accounts now; the run's figures are committed when this returns. The run is written in
     * one transaction and copied onto the account rows in another, at READ COMMITTED, so that concurrent
     * runs (two nodes, a manual and a scheduled scan) do not hold each other's read locks; a deadlock
     * victim is retried.
     */
    public ValuationRun valueAll() {
        long started = System.nanoTime();
        Instant at = clock.instant();
        Timestamp utc = Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        long runId = retryOnDeadlock(() -> tx.execute(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO valuation_run (started_at, accounts) VALUES (:at, 0)").param("at", utc)
                    .update(key, "id");
            long id = key.getKey().longValue();
            int accounts = isMariaDb() ? valueAllMariaDb(id)
                    : jdbc.sql(ValuationSql.VALUE_ALL).param("run", id).update();
            jdbc.sql("UPDATE valuation_run SET accounts = :n WHERE id = :id").param("n", accounts).param("id", id).update();
            return id;
        }));
        long valued = System.nanoTime();
        retryOnDeadlock(() -> tx.execute(status -> jdbc.sql(isMariaDb() ? ValuationSql.LATEST_MARIADB
                : ValuationSql.LATEST_STANDARD).param("run", runId).param("at", utc).update()));
        long copied = System.nanoTime();
        int accounts = jdbc.sql("SELECT accounts FROM valuation_run WHERE id = :id").param("id", runId)
                .query(Integer.class).single();
        jdbc.sql("UPDATE valuation_run SET finished_at = :at WHERE id = :id")
                .param("at", Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .param("id", runId).update();
        ValuationRun run = new ValuationRun(runId, at, accounts, (System.nanoTime() - started) / 1_000_000,
                (valued - started) / 1_000_000, (copied - valued) / 1_000_000);
        log.info("Valuation run {}: {} credit accounts in {} ms", run.id(), run.accounts(), run.millis());
        return run;
    }

    /** The per-security rows into the session's temporary table, then the statement (same transaction). */
    private int valueAllMariaDb(long runId) {
        jdbc.sql(ValuationSql.DROP_PRICED_MARIADB).update(); // left over if an earlier run on this connection failed
        jdbc.sql(ValuationSql.CREATE_PRICED_MARIADB).update();
        int accounts = jdbc.sql(ValuationSql.VALUE_ALL_MARIADB).param("run", runId).update();
        jdbc.sql(ValuationSql.DROP_PRICED_MARIADB).update();
        return accounts;
    }

    private static <T> T retryOnDeadlock(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
                log.info("Valuation deadlock victim, retrying (attempt {})", attempt + 1);
            }
        }
    }

    /** Streams the figures of one run to the consumer without holding them all in memory. */
    public void forEachValuation(long runId, Consumer<AccountValuation> consumer) {
        jdbcTemplate.query(con -> {
            var ps = con.prepareStatement(ValuationSql.READ_RUN);
            ps.setFetchSize(1000);
            ps.setLong(1, runId);
            return ps;
        }, rs -> {
            consumer.accept(map(rs));
        });
    }

    /**
     * Streams the figures of one run for the accounts a risk scan must hold against their lines: those whose
     * episode a risk case holds, those with a special agreement (own lines), and those with a maintenance ratio
     * below {@code ratioBelow} or a financing ratio above {@code financingAbove} (null: none). Every other
     * account is at or above every line and can neither open nor change a case.
     */
    public void forEachValuationToCheck(long runId, BigDecimal ratioBelow, BigDecimal financingAbove,
                                        Consumer<AccountValuation> consumer) {
        String sql = isMariaDb() ? ValuationSql.READ_RUN_TO_CHECK_MARIADB : ValuationSql.READ_RUN_TO_CHECK;
        jdbcTemplate.query(con -> {
            var ps = con.prepareStatement(sql);
            ps.setFetchSize(1000);
            ps.setLong(1, runId);
            ps.setBigDecimal(2, ratioBelow);
            ps.setBigDecimal(3, financingAbove);
            return ps;
        }, rs -> {
            consumer.accept(map(rs));
        });
    }

    /** The ratio over time, newest last. */
    public List<RatioPoint> history(long accountId, int limit) {
        List<RatioPoint> points = new ArrayList<>(jdbc.sql("""
                SELECT r.started_at, v.maintenance_ratio, v.total_assets, v.total_debt
                  FROM account_valuation v JOIN valuation_run r ON r.id = v.run_id
                 WHERE v.account_id = :account ORDER BY v.run_id DESC LIMIT :limit""")
                .param("account", accountId).param("limit", limit)
                .query((rs, i) -> new RatioPoint(rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .list());
        Collections.reverse(points); // newest first from the index, oldest first for the chart
        return points;
    }

    private static AccountValuation map(ResultSet rs) throws SQLException {
        return new AccountValuation(rs.getLong("run_id"), rs.getLong("account_id"), rs.getLong("client_id"),
                rs.getLong("branch_id"), rs.getObject("advisor_id", Long.class), rs.getBigDecimal("cash"),
                rs.getBigDecimal("long_market_value"), rs.getBigDecimal("total_assets"),
                rs.getBigDecimal("financing_debt"), rs.getBigDecimal("short_liability"),
                rs.getBigDecimal("interest_and_fees"), rs.getBigDecimal("total_debt"),
                rs.getBigDecimal("maintenance_ratio"), rs.getBigDecimal("available_margin"),
                rs.getBigDecimal("financing_ratio"), rs.getBigDecimal("top1_concentration"),
                rs.getBigDecimal("credit_limit_usage"), rs.getBigDecimal("special_warning_line"),
                rs.getBigDecimal("special_margin_call_line"), rs.getBigDecimal("special_liquidation_line"));
    }

    private boolean isMariaDb() {
        if (mariaDb == null) {
            String product = jdbcTemplate.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            mariaDb = product != null && (product.contains("MariaDB") || product.contains("MySQL"));
        }
        return mariaDb;
    }
}
