package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import com.marginportal.risk.CaseFacts;
import com.marginportal.risk.CaseSnapshots;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Hand off to trading": records the forced liquidation for the trading system, with the shortfall proposed, in the
 * engine's transaction (a written-once row through its repository).
 */
@Component("handOffDelegate")
class HandOffDelegate implements JavaDelegate {

    private final LiquidationHandOffRepository handOffs;
    private final CaseDueDates dueDates;
    private final CaseSnapshots snapshots;

    HandOffDelegate(LiquidationHandOffRepository handOffs, CaseDueDates dueDates, CaseSnapshots snapshots) {
        this.handOffs = handOffs;
        this.dueDates = dueDates;
        this.snapshots = snapshots;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ProcessCases.caseId(execution);
        CaseFacts facts = snapshots.of(caseId).orElseThrow(() -> new IllegalStateException("no risk case " + caseId));
        CaseFigures figures = CaseFigures.of(facts.latest());
        CaseLines lines = CaseLines.of(facts.lines());
        // written now: the resolution step's history reads the row by SQL
        handOffs.saveAndFlush(new LiquidationHandOffEntity(caseId,
                facts.accountId(), figures.topUpAmount(lines.topUpTarget()),
                (String) execution.getVariable(DECIDED_BY), (String) execution.getVariable(DECISION_REASON),
                dueDates.now()));
    }
}
