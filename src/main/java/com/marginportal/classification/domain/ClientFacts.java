package com.marginportal.classification.domain;

import java.math.BigDecimal;

/**
 * The figures the rules read for one client over the analysis period. Fractions as decimals (0.6 = 60%).
 * A null figure is unknown (never zero by default): a rule that needs it leaves the dimension unclassified.
 *
 * @param riskTolerance          1..5 for C1..C5
 * @param financingRatio         financing debt ÷ total assets
 * @param volatileShare          share of long market value in STAR / ChiNext / BSE or non-index stocks
 * @param maintenanceRatio       null when the account has no debt
 * @param warningLine            the warning line the client is held to (risk.EffectiveLines)
 * @param marginCallLine         the margin-call line the client is held to (null: unknown)
 * @param tradesPerMonth         all trades per month in the period
 * @param averageHoldingDays     average holding period of closed positions, trading days
 * @param monthlyTurnover        traded amount per month ÷ average total assets
 * @param advisorInitiatedShare  share of contacts the advisor initiated
 */
public record ClientFacts(Integer riskTolerance, BigDecimal financingRatio, BigDecimal volatileShare,
                          BigDecimal maintenanceRatio, BigDecimal warningLine, BigDecimal marginCallLine,
                          BigDecimal totalAssets,
                          BigDecimal tradesPerMonth, BigDecimal averageHoldingDays, BigDecimal monthlyTurnover,
                          boolean advisoryAgreement, BigDecimal advisorInitiatedShare) {

    public ClientFacts {
        if (riskTolerance != null && (riskTolerance < 1 || riskTolerance > 5)) {
            throw new IllegalArgumentException("riskTolerance must be 1..5 (C1..C5)");
        }
    }
}
