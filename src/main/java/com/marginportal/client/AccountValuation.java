package com.marginportal.client;

import java.math.BigDecimal;

/**
 * The figures of one credit account in one valuation run, with what risk rules need to know about the
 * account: who holds it and any special-agreement lines.
 */
public record AccountValuation(long runId, long accountId, long clientId, long branchId, Long advisorId,
                               BigDecimal cash, BigDecimal longMarketValue, BigDecimal totalAssets,
                               BigDecimal financingDebt, BigDecimal shortLiability, BigDecimal interestAndFees,
                               BigDecimal totalDebt, BigDecimal maintenanceRatio, BigDecimal availableMargin,
                               BigDecimal financingRatio, BigDecimal top1Concentration,
                               BigDecimal creditLimitUsage, BigDecimal specialWarningLine,
                               BigDecimal specialMarginCallLine, BigDecimal specialLiquidationLine) {

    public boolean hasSpecialAgreement() {
        return specialWarningLine != null && specialMarginCallLine != null && specialLiquidationLine != null;
    }
}
