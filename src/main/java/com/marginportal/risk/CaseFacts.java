package com.marginportal.risk;

import java.math.BigDecimal;
import java.util.List;

import com.marginportal.risk.domain.BreachRules;
import com.marginportal.risk.domain.CrossedLine;
import com.marginportal.risk.domain.RiskLines;

/**
 * What a risk case knows about its account: the lines in force, the snapshot recorded when it opened, the
 * snapshot of its latest event (opened or escalated: what the client was last told), the snapshot at
 * restoration (null while not restored) and the latest ratio of the scans.
 */
public record CaseFacts(long caseId, long accountId, RiskLines lines, AccountSnapshot opened, AccountSnapshot latest,
                        AccountSnapshot restored, BigDecimal latestRatio) {

    /** The lines the figures of the latest event are across: what the risk notice of the case's level states. */
    public List<CrossedLine> crossedLines() {
        return crossedLines(latest);
    }

    /** The lines a snapshot of this case is across, against the case's lines (empty for none or no snapshot). */
    public List<CrossedLine> crossedLines(AccountSnapshot snapshot) {
        return snapshot == null ? List.of()
                : BreachRules.crossedLines(lines, snapshot.maintenanceRatio(), snapshot.financingRatio());
    }
}
