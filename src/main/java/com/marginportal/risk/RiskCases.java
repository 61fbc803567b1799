package com.marginportal.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import com.marginportal.UtcColumns;
import com.marginportal.risk.domain.CaseState;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System API for the workflow. It ends a case by a manager's decision, so that the case's one state
 * ({@code risk_case.status}) says what the breach process decided: guarded like escalation and restoration (the
 * case's version, and only an OPEN case), whoever ends the case first wins, a second call changes nothing. The
 * case keeps the account's episode ({@code open_account_id}) until a scan finds the account restored. And it moves a
 * case in handling to another advisor ({@link #holdBy}), so that the case's one holder ({@code risk_case.advisor_id})
 * is the advisor the workflow gives its tasks to.
 * JdbcClient, not JPA: ending a case is one UPDATE guarded by version and status, which only the first caller wins.
 */
@Service
public class RiskCases {

    private static final Logger log = LoggerFactory.getLogger(RiskCases.class);

    private final JdbcClient jdbc;

    RiskCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The advisor who holds the case in handling, written only by the workflow's {@code CaseHolders} (the scan writes
     * it once, at the opening). Not an event of the case: no version change, so it never refuses a scan's change.
     * @param advisorId null when the client has no advisor
     * @return false when the case is no longer OPEN: an ended case keeps the advisor it ended with
     */
    @Transactional
    public boolean holdBy(long caseId, Long advisorId) {
        return jdbc.sql("UPDATE risk_case SET advisor_id = ? WHERE id = ? AND status = 'OPEN'")
                .params(advisorId, caseId).update() == 1;
    }

    /**
     * @param state HANDED_OFF (forced liquidation handed to trading) or CLOSED (closed by a manager)
     * @return true when this call ended the case; false when it was no longer OPEN (restored or decided before)
     */
    @Transactional
    public boolean closeByDecision(long caseId, CaseState state, Instant at, String by) {
        if (!state.isDecided()) {
            throw new IllegalArgumentException("a manager's decision ends a case as HANDED_OFF or CLOSED, not " + state);
        }
        record Current(int version, String level, String status, BigDecimal ratio) {
        }
        Optional<Current> current = jdbc.sql("SELECT version, level, status, latest_ratio FROM risk_case WHERE id = ?")
                .param(caseId).query((rs, i) -> new Current(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4))).optional();
        if (current.isEmpty() || !CaseState.OPEN.name().equals(current.get().status())) {
            log.info("Case {} is {}: the decision {} does not change its state", caseId,
                    current.map(Current::status).orElse("missing"), state);
            return false;
        }
        int updated = jdbc.sql("""
                UPDATE risk_case SET status = ?, closed_at = ?, closed_by = ?, version = version + 1
                 WHERE id = ? AND version = ? AND status = 'OPEN'""")
                .params(state.name(), UtcColumns.utc(at), by, caseId, current.get().version()).update();
        if (updated == 0) {
            return false;
        }
        // the account's figures as last recorded: a decision is no new valuation
        String snapshot = jdbc.sql("SELECT snapshot FROM risk_case_event WHERE case_id = ? ORDER BY id DESC LIMIT 1")
                .param(caseId).query(String.class).optional().orElse("{}");
        jdbc.sql("""
                INSERT INTO risk_case_event (case_id, occurred_at, event_type, level, scan_id, ratio, snapshot)
                VALUES (?, ?, ?, ?, NULL, ?, ?)""")
                .params(caseId, UtcColumns.utc(at), state.name(), current.get().level(), current.get().ratio(),
                        snapshot).update();
        return true;
    }
}
