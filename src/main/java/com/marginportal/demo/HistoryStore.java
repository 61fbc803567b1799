package com.marginportal.demo;

import static com.marginportal.UtcColumns.utc;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.demo.PastCasePlan.Event;
import com.marginportal.workflow.PastCases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The demo history's own reads and the risk cases it writes: the case row in its final state (ended, so not the
 * account's open case) and its events with their account snapshots, as a scan records them. UTC wall time.
 * JdbcClient, not JPA: batch inserts of past cases and events, and aggregate reads over the generated archive.
 */
@Component
class HistoryStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    HistoryStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean hasHistory() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM resolution_record WHERE process_instance_id = ?",
                Integer.class, PastCases.NO_PROCESS);
        return n != null && n > 0;
    }

    /**
     * Demo accounts with debt whose clients have an e-mail address (risk notices go by e-mail), client id up to
     * {@code maxClientId}, with the figures of their latest valuation.
     */
    List<HistoryAccount> accountsWithDebt(long maxClientId) {
        Map<Long, String> managers = new HashMap<>();
        jdbc.query("SELECT branch_id, username FROM app_user WHERE role = 'MANAGER' AND enabled = TRUE ORDER BY id DESC",
                rs -> {
                    managers.put(rs.getLong(1), rs.getString(2)); // the first of the branch wins (descending order)
                });
        return jdbc.query("""
                SELECT a.id, a.client_id, c.branch_id, c.advisor_id, u.username, v.cash, v.long_market_value,
                       v.financing_debt, v.short_liability, v.interest_and_fees
                  FROM credit_account a
                  JOIN client c ON c.id = a.client_id
                  JOIN account_valuation v ON v.account_id = a.id
                                          AND v.run_id = (SELECT MAX(run_id) FROM account_valuation)
                  LEFT JOIN app_user u ON u.id = c.advisor_id
                 WHERE c.id <= ? AND v.financing_debt > 0 AND v.long_market_value > 0
                   AND c.email IS NOT NULL AND c.email <> ''
                 ORDER BY a.id""", (rs, i) -> new HistoryAccount(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getObject(4, Long.class), rs.getString(5), managers.getOrDefault(rs.getLong(3), "admin"),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                rs.getBigDecimal(10)), maxClientId);
    }

    /** Inserts the cases (one statement each, for their ids) and then all their events in one batch. */
    List<Long> insertCases(List<PastCasePlan> plans) {
        Long profile = jdbc.queryForObject("SELECT MIN(id) FROM risk_line_profile WHERE is_default = TRUE", Long.class);
        List<Long> ids = new ArrayList<>(plans.size());
        List<Object[]> events = new ArrayList<>();
        for (PastCasePlan p : plans) {
            long id = insertCase(p, profile);
            ids.add(id);
            for (Event e : p.events()) {
                events.add(new Object[] {id, utc(e.at()), e.type(), e.level(), e.snapshot().maintenanceRatio(),
                        json(e.snapshot())});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO risk_case_event (case_id, occurred_at, event_type, level, scan_id, ratio, snapshot)
                VALUES (?, ?, ?, ?, NULL, ?, ?)""", events);
        return ids;
    }

    private long insertCase(PastCasePlan p, Long profile) {
        HistoryAccount a = p.account();
        Event last = p.last();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO risk_case (account_id, open_account_id, client_id, branch_id, advisor_id, level, reason,
                           status, opened_at, opened_scan_id, last_scan_id, escalated_at, restored_at, ratio_at_open,
                           latest_ratio, lowest_ratio, latest_financing_ratio, profile_id, warning_line,
                           margin_call_line, liquidation_line, top_up_target, top_up_deadline_days,
                           financing_ratio_line, closed_at, closed_by)
                    VALUES (?, NULL, ?, ?, ?, ?, 'MAINTENANCE_RATIO', ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                            NULL, ?, ?)""", new String[] {"id"});
            int i = 0;
            ps.setLong(++i, a.accountId());
            ps.setLong(++i, a.clientId());
            ps.setLong(++i, a.branchId());
            ps.setObject(++i, a.advisorId(), Types.BIGINT);
            ps.setString(++i, p.level());
            ps.setString(++i, p.status());
            ps.setObject(++i, utc(p.opened().at()));
            ps.setObject(++i, utc(p.escalatedAt()));
            ps.setObject(++i, utc(p.restoredAt()));
            ps.setBigDecimal(++i, p.opened().snapshot().maintenanceRatio());
            ps.setBigDecimal(++i, last.snapshot().maintenanceRatio());
            ps.setBigDecimal(++i, p.lowestRatio());
            ps.setBigDecimal(++i, last.snapshot().financingRatio());
            ps.setObject(++i, profile, Types.BIGINT);
            ps.setBigDecimal(++i, PastCaseFactory.WARNING);
            ps.setBigDecimal(++i, PastCaseFactory.MARGIN_CALL);
            ps.setBigDecimal(++i, PastCaseFactory.LIQUIDATION);
            ps.setBigDecimal(++i, PastCaseFactory.WARNING); // the default top-up target is the warning line
            ps.setInt(++i, PastCaseFactory.DEADLINE_DAYS);
            ps.setObject(++i, utc(p.closedAt()));
            ps.setString(++i, p.closedBy());
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private String json(Object snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
