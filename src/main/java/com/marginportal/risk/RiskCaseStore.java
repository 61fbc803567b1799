package com.marginportal.risk;

import static com.marginportal.UtcColumns.utc;

import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.risk.CaseChange.OpenCase;
import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.risk.domain.CaseState;
import com.marginportal.risk.domain.RiskLines;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a scan's case changes in batches, in the scan's one transaction ({@link RiskScanService}). Opening relies on the unique open_account_id: when another
 * scan opened the same account's case first, the row is skipped, never duplicated. Escalation and
 * restoration are guarded by the case version, so only one scan publishes each change.
 * JdbcClient, not JPA: a scan's case changes in batches; conditional UPDATEs and skipped duplicates decide races.
 */
@Repository
class RiskCaseStore {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate tx;
    private final ObjectMapper json;

    RiskCaseStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate tx, ObjectMapper json) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.tx = tx;
        this.json = json;
    }

    /** Every case that holds its account's episode (open_account_id): OPEN ones and decided ones not yet released. */
    Map<Long, OpenCase> openCases() {
        Map<Long, OpenCase> open = new HashMap<>();
        jdbc.sql("""
                SELECT id, account_id, level, version, status, profile_id, warning_line, margin_call_line,
                       liquidation_line, top_up_target, top_up_deadline_days, financing_ratio_line,
                       latest_ratio, latest_financing_ratio, branch_id
                  FROM risk_case WHERE open_account_id IS NOT NULL""")
                .query(rs -> {
                    RiskLines lines = new RiskLines(rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                            rs.getBigDecimal(10), rs.getInt(11), rs.getBigDecimal(12));
                    open.put(rs.getLong(2), new OpenCase(rs.getLong(1), rs.getLong(2),
                            BreachLevel.valueOf(rs.getString(3)), rs.getInt(4), CaseState.valueOf(rs.getString(5)),
                            new LineBook.Choice(rs.getObject(6, Long.class), lines),
                            new CaseChange.Latest(rs.getBigDecimal(13), rs.getBigDecimal(14),
                                    rs.getObject(15, Long.class))));
                });
        return open;
    }

    /**
     * Inserts new cases; returns the id of each case this scan opened, by account. Runs in the scan's transaction (or
     * its own): a chunk that meets a case another scan opened first is undone to its savepoint and inserted row by
     * row, each under a savepoint of its own, so a duplicate costs only its row and never the transaction.
     */
    Map<Long, Long> open(long scanId, List<CaseChange> changes, Instant at) {
        return tx.execute(s -> {
            for (int from = 0; from < changes.size(); from += BATCH) {
                List<CaseChange> chunk = changes.subList(from, Math.min(changes.size(), from + BATCH));
                List<Object[]> rows = rows(scanId, chunk, at);
                if (!underSavepoint(() -> jdbcTemplate.batchUpdate(INSERT_CASE, rows))) {
                    for (Object[] row : rows) { // another scan got there first for some account
                        underSavepoint(() -> jdbcTemplate.update(INSERT_CASE, row)); // false: that episode has its case
                    }
                }
            }
            Map<Long, Long> ids = new HashMap<>();
            jdbc.sql("SELECT account_id, id FROM risk_case WHERE opened_scan_id = :scan AND status = 'OPEN'")
                    .param("scan", scanId).query(rs -> {
                        ids.put(rs.getLong(1), rs.getLong(2));
                    });
            return ids;
        });
    }

    /** False when the insert met a unique key: then it is undone, and the transaction goes on. */
    private boolean underSavepoint(Runnable insert) {
        return Boolean.TRUE.equals(jdbcTemplate.execute((ConnectionCallback<Boolean>) con -> {
            Savepoint savepoint = con.setSavepoint();
            try {
                insert.run();
                con.releaseSavepoint(savepoint);
                return true;
            } catch (DuplicateKeyException duplicate) {
                con.rollback(savepoint);
                return false;
            }
        }));
    }

    /** Escalates in place; returns the changes this scan actually applied. */
    List<CaseChange> escalate(long scanId, List<CaseChange> changes, Instant at) {
        return guarded(changes, c -> new Object[] {c.breach().level().name(), c.breach().reason().name(), utc(at),
                        scanId, c.valuation().maintenanceRatio(), c.valuation().financingRatio(),
                        c.valuation().maintenanceRatio(), c.valuation().maintenanceRatio(), c.existing().id(),
                        c.existing().version()},
                """
                UPDATE risk_case SET level = ?, reason = ?, escalated_at = ?, last_scan_id = ?, latest_ratio = ?,
                       latest_financing_ratio = ?, """ + LOWEST + """
                       , version = version + 1
                 WHERE id = ? AND version = ? AND status = 'OPEN'""");
    }

    List<CaseChange> restore(long scanId, List<CaseChange> changes, Instant at) {
        return guarded(changes, c -> new Object[] {utc(at), scanId, c.valuation().maintenanceRatio(),
                        c.valuation().financingRatio(), c.existing().id(), c.existing().version()},
                """
                UPDATE risk_case SET status = 'RESTORED', open_account_id = NULL, restored_at = ?, last_scan_id = ?,
                       latest_ratio = ?, latest_financing_ratio = ?, version = version + 1
                 WHERE id = ? AND version = ? AND status = 'OPEN'""");
    }

    /**
     * Decided cases whose account is restored give up the account's episode (the next breach opens a new case); the
     * state stays as decided. Guarded by the version like restoration; returns the changes this scan applied.
     */
    List<CaseChange> release(long scanId, List<CaseChange> changes) {
        return guarded(changes, c -> new Object[] {scanId, c.valuation().maintenanceRatio(),
                        c.valuation().financingRatio(), c.existing().id(), c.existing().version()},
                """
                UPDATE risk_case SET open_account_id = NULL, last_scan_id = ?, latest_ratio = ?,
                       latest_financing_ratio = ?, version = version + 1
                 WHERE id = ? AND version = ? AND status IN ('HANDED_OFF', 'CLOSED')""");
    }

    /**
     * Bound cases that stay as they are get the latest figures and branch (no version change: not an event). A case
     * whose figures and branch are those it holds is not written (last_scan_id: the last scan that changed them);
     * on a quiet tick that is most open cases. The case's advisor is not the scan's to write after the opening: it
     * changes with the client's advisor at once, or by a person's choice (workflow.CaseHolders, through
     * {@link RiskCases#holdBy}).
     */
    void refresh(long scanId, List<CaseChange> changes) {
        List<Object[]> rows = changes.stream().filter(c -> !c.existing().latest().sameAs(c.valuation()))
                .map(c -> new Object[] {scanId, c.valuation().maintenanceRatio(),
                c.valuation().financingRatio(), c.valuation().maintenanceRatio(), c.valuation().maintenanceRatio(),
                c.valuation().branchId(), c.existing().id()}).toList();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            tx.executeWithoutResult(s -> jdbcTemplate.batchUpdate("""
                    UPDATE risk_case SET last_scan_id = ?, latest_ratio = ?, latest_financing_ratio = ?, """ + LOWEST + """
                           , branch_id = ?
                     WHERE id = ? AND open_account_id IS NOT NULL""", chunk));
        }
    }

    void recordEvents(List<Object[]> events) {
        for (int from = 0; from < events.size(); from += BATCH) {
            List<Object[]> chunk = events.subList(from, Math.min(events.size(), from + BATCH));
            tx.executeWithoutResult(s -> jdbcTemplate.batchUpdate("""
                    INSERT INTO risk_case_event (case_id, occurred_at, event_type, level, scan_id, ratio, snapshot)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", chunk));
        }
    }

    Object[] event(long caseId, Instant at, String type, BreachLevel level, long scanId, AccountSnapshot snapshot) {
        return new Object[] {caseId, utc(at), type, level.name(), scanId, snapshot.maintenanceRatio(), toJson(snapshot)};
    }

    private List<CaseChange> guarded(List<CaseChange> changes, java.util.function.Function<CaseChange, Object[]> row,
                                     String sql) {
        List<CaseChange> applied = new ArrayList<>();
        for (int from = 0; from < changes.size(); from += BATCH) {
            List<CaseChange> chunk = changes.subList(from, Math.min(changes.size(), from + BATCH));
            int[] counts = tx.execute(s -> jdbcTemplate.batchUpdate(sql, chunk.stream().map(row).toList()));
            for (int i = 0; i < chunk.size(); i++) {
                if (counts[i] > 0) {
                    applied.add(chunk.get(i));
                }
            }
        }
        return applied;
    }

    /** Two parameters, both the new ratio; uses parameters, not columns, as SET order semantics differ by database. */
    private static final String LOWEST =
            "lowest_ratio = CASE WHEN lowest_ratio IS NULL OR ? < lowest_ratio THEN ? ELSE lowest_ratio END";

    private static final String INSERT_CASE = """
            INSERT INTO risk_case (account_id, open_account_id, client_id, branch_id, advisor_id, level, reason, status,
                   opened_at, opened_scan_id, last_scan_id, ratio_at_open, latest_ratio, lowest_ratio,
                   latest_financing_ratio, profile_id, warning_line, margin_call_line, liquidation_line,
                   top_up_target, top_up_deadline_days, financing_ratio_line)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static List<Object[]> rows(long scanId, List<CaseChange> chunk, Instant at) {
        return chunk.stream().map(c -> {
            var v = c.valuation();
            var l = c.lines().lines();
            return new Object[] {v.accountId(), v.accountId(), v.clientId(), v.branchId(), v.advisorId(),
                    c.breach().level().name(), c.breach().reason().name(), utc(at), scanId, scanId,
                    v.maintenanceRatio(), v.maintenanceRatio(), v.maintenanceRatio(), v.financingRatio(),
                    c.lines().profileId(), l.warning(), l.marginCall(), l.liquidation(), l.topUpTarget(),
                    l.topUpDeadlineDays(), l.financingRatioLine()};
        }).toList();
    }

    private String toJson(AccountSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
