package com.marginportal.risk;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.risk.domain.BreachReason;
import com.marginportal.risk.domain.RiskLines;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * System API for consumers that must not miss a breach: every open case as the {@link BreachDetected} it
 * was published as (lines from the case, the snapshot recorded when it opened). A consumer that lost an
 * event (a node died between the scan and the hand-off) reconciles from here.
 * JdbcClient, not JPA: one join of every open case with its opening event, read as a set.
 */
@Service
public class OpenBreaches {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    OpenBreaches(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<BreachDetected> all() {
        return jdbc.sql("""
                SELECT c.id, c.account_id, c.client_id, c.level, c.reason, c.warning_line, c.margin_call_line,
                       c.liquidation_line, c.top_up_target, c.top_up_deadline_days, c.financing_ratio_line, e.snapshot
                  FROM risk_case c
                  JOIN risk_case_event e ON e.case_id = c.id AND e.event_type = 'OPENED'
                 WHERE c.status = 'OPEN'
                 ORDER BY c.id""")
                .query((rs, i) -> new BreachDetected(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        BreachLevel.valueOf(rs.getString(4)), BreachReason.valueOf(rs.getString(5)),
                        new RiskLines(rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                                rs.getInt(10), rs.getBigDecimal(11)),
                        snapshot(rs.getString(12))))
                .list();
    }

    private AccountSnapshot snapshot(String text) {
        try {
            return json.readValue(text, AccountSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable case snapshot", e);
        }
    }
}
