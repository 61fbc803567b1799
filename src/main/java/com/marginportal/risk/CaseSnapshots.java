package com.marginportal.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.risk.domain.RiskLines;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * System API for the workflow: a case's lines and recorded snapshots, so that a process keeps ids only and
 * reads the figures from the case (the single record of what was detected and told).
 * JdbcClient, not JPA: read-only joins of a case's events, valuation runs and account.
 */
@Service
public class CaseSnapshots {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CaseSnapshots(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<CaseFacts> of(long caseId) {
        record Head(long accountId, RiskLines lines, java.math.BigDecimal latestRatio) {
        }
        Optional<Head> head = jdbc.sql("""
                SELECT account_id, warning_line, margin_call_line, liquidation_line, top_up_target,
                       top_up_deadline_days, financing_ratio_line, latest_ratio
                  FROM risk_case WHERE id = ?""")
                .param(caseId)
                .query((rs, i) -> new Head(rs.getLong(1), new RiskLines(rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getInt(6), rs.getBigDecimal(7)),
                        rs.getBigDecimal(8)))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<String[]> events = new ArrayList<>();
        jdbc.sql("SELECT event_type, snapshot FROM risk_case_event WHERE case_id = ? ORDER BY id").param(caseId)
                .query(rs -> {
                    events.add(new String[] {rs.getString(1), rs.getString(2)});
                });
        AccountSnapshot opened = null;
        AccountSnapshot latest = null;
        AccountSnapshot restored = null;
        for (String[] e : events) {
            AccountSnapshot s = read(e[1]);
            switch (e[0]) {
                case "OPENED" -> {
                    opened = s;
                    latest = s;
                }
                case "RESTORED" -> restored = s;
                default -> latest = s;
            }
        }
        Head h = head.get();
        return Optional.of(new CaseFacts(caseId, h.accountId(), h.lines(), opened, latest, restored, h.latestRatio()));
    }

    /**
     * The account's figures of its newest valuation run: what a case decided by a manager ends with (the
     * resolution record's ratio at the end is the case's latest ratio, refreshed by every scan).
     */
    public Optional<AccountSnapshot> current(long accountId) {
        return jdbc.sql("""
                SELECT r.started_at, v.run_id, a.client_id, v.cash, v.long_market_value, v.total_assets,
                       v.financing_debt, v.short_liability, v.interest_and_fees, v.total_debt, v.maintenance_ratio,
                       v.available_margin, v.financing_ratio
                  FROM account_valuation v
                  JOIN valuation_run r ON r.id = v.run_id
                  JOIN credit_account a ON a.id = v.account_id
                 WHERE v.account_id = ? ORDER BY v.run_id DESC LIMIT 1""")
                .param(accountId)
                .query((rs, i) -> new AccountSnapshot(accountId, rs.getLong(3),
                        rs.getObject(1, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC),
                        rs.getLong(2), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                        rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13)))
                .optional();
    }

    private AccountSnapshot read(String text) {
        try {
            return json.readValue(text, AccountSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable case snapshot", e);
        }
    }
}
