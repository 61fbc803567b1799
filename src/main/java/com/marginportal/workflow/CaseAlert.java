package com.marginportal.workflow;

import java.math.BigDecimal;
import java.time.Instant;

import com.marginportal.risk.RiskCaseRow;

/**
 * What the client 360 view shows at the top while the client has a case in handling: the case (level, line crossed,
 * figures), where it waits, until when, who holds it, and the task to open (null when the user has no task there).
 */
public record CaseAlert(RiskCaseRow riskCase, String step, Instant due, String holder, String taskId) {

    public BigDecimal ratio() {
        return riskCase.latestRatio();
    }

    /** A task of the case waits for a person (held or to be claimed); false while it waits for a timer or message. */
    public boolean awaitsAPerson() {
        return CaseBoard.isTaskStep(step);
    }
}
