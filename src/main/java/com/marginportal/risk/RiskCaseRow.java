package com.marginportal.risk;

import java.math.BigDecimal;
import java.time.Instant;

import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.risk.domain.BreachReason;
import com.marginportal.risk.domain.CaseState;

/**
 * A risk case as lists show it; {@code status} is the case's one state, {@code closedAt} when a manager's decision ended
 * it; {@code financingRatioLine} the case's own financing-ratio line (null where its profile has none).
 */
public record RiskCaseRow(long caseId, long accountId, long clientId, long branchId, Long advisorId, BreachLevel level,
                          BreachReason reason, CaseState status, Instant openedAt, Instant escalatedAt,
                          Instant restoredAt, BigDecimal ratioAtOpen, BigDecimal latestRatio, BigDecimal lowestRatio,
                          BigDecimal latestFinancingRatio, BigDecimal warningLine, BigDecimal marginCallLine,
                          BigDecimal liquidationLine, BigDecimal topUpTarget, Instant closedAt,
                          BigDecimal financingRatioLine) {
}
