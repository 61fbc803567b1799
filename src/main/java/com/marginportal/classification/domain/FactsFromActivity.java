package com.marginportal.classification.domain;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Turns a client's raw period figures into the rules' facts. Plain Java (the figures arrive as values,
 * so this package stays free of the archive's types).
 */
public final class FactsFromActivity {

    private static final MathContext MC = MathContext.DECIMAL64;

    private FactsFromActivity() {
    }

    /**
     * @param months               length of the analysis period in months
     * @param tradingDaysInPeriod  trading days in that period (for the holding-period estimate)
     */
    public static ClientFacts facts(String riskTolerance, boolean advisoryAgreement, BigDecimal warningLine,
                                    BigDecimal marginCallLine,
                                    BigDecimal financingRatio, BigDecimal maintenanceRatio, BigDecimal totalAssets,
                                    BigDecimal longMarketValue, BigDecimal volatileValue, long trades,
                                    BigDecimal tradedAmount, BigDecimal boughtAmount, long contacts,
                                    long advisorInitiatedContacts, int months, int tradingDaysInPeriod) {
        BigDecimal monthsBd = BigDecimal.valueOf(months);
        boolean valued = totalAssets != null;
        return new ClientFacts(
                riskTolerance != null && riskTolerance.matches("C[1-5]") ? riskTolerance.charAt(1) - '0' : null,
                !valued ? null : financingRatio == null ? BigDecimal.ZERO : financingRatio,
                !valued || longMarketValue == null ? null
                        : longMarketValue.signum() == 0 ? BigDecimal.ZERO : volatileValue.divide(longMarketValue, MC),
                maintenanceRatio, warningLine, marginCallLine, totalAssets,
                BigDecimal.valueOf(trades).divide(monthsBd, MC),
                // inventory turnover: days a bought yuan stays held ≈ period × long value ÷ amount bought
                boughtAmount != null && boughtAmount.signum() > 0 && longMarketValue != null
                        ? BigDecimal.valueOf(tradingDaysInPeriod).multiply(longMarketValue).divide(boughtAmount, MC) : null,
                valued && totalAssets.signum() > 0 && tradedAmount != null
                        ? tradedAmount.divide(monthsBd, MC).divide(totalAssets, MC) : null,
                advisoryAgreement,
                contacts == 0 ? null : BigDecimal.valueOf(advisorInitiatedContacts).divide(BigDecimal.valueOf(contacts), MC));
    }
}
