package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.marginportal.risk.CaseFacts;
import com.marginportal.risk.CaseSnapshots;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Hand off to trading": records the forced liquidation for the trading system, with the shortfall proposed.
 * JdbcClient, not JPA: an append-only hand-off record for the trading system, in the engine's transaction.
 */
@Component("handOffDelegate")
class HandOffDelegate implements JavaDelegate {

    private final JdbcClient jdbc;
    private final CaseDueDates dueDates;
    private final CaseSnapshots snapshots;

    HandOffDelegate(JdbcClient jdbc, CaseDueDates dueDates, CaseSnapshots snapshots) {
        this.jdbc = jdbc;
        this.dueDates = dueDates;
        this.snapshots = snapshots;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(CASE_ID)).longValue();
        CaseFacts facts = snapshots.of(caseId).orElseThrow(() -> new IllegalStateException("no risk case " + caseId));
        CaseFigures figures = CaseFigures.of(facts.latest());
        CaseLines lines = CaseLines.of(facts.lines());
        jdbc.sql("""
                INSERT INTO liquidation_handoff (case_id, account_id, shortfall, decided_by, reason, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(execution.getVariable(CASE_ID), execution.getVariable(ACCOUNT_ID),
                        figures.topUpAmount(lines.topUpTarget()), execution.getVariable(DECIDED_BY),
                        execution.getVariable(DECISION_REASON),
                        LocalDateTime.ofInstant(dueDates.now(), ZoneOffset.UTC))
                .update();
    }
}
