package com.marginportal.risk.domain;

import java.math.BigDecimal;

/**
 * The lines one account is held to, as fractions (1.40 = 140%): warning, margin call, immediate
 * liquidation, the top-up target that ends a case and the top-up deadline in trading days; optionally a
 * financing-ratio line (financing debt ÷ total assets above it is a warning).
 */
public record RiskLines(BigDecimal warning, BigDecimal marginCall, BigDecimal liquidation, BigDecimal topUpTarget,
                        int topUpDeadlineDays, BigDecimal financingRatioLine) {

    public RiskLines {
        require(warning, "warning");
        require(marginCall, "marginCall");
        require(liquidation, "liquidation");
        require(topUpTarget, "topUpTarget");
        if (liquidation.signum() <= 0) {
            throw new IllegalArgumentException("liquidation line must be above 0%");
        }
        if (!(warning.compareTo(marginCall) > 0 && marginCall.compareTo(liquidation) > 0)) {
            throw new IllegalArgumentException("lines must be ordered: warning > margin call > liquidation");
        }
        // a target below the warning line would close cases that the next scan reopens
        if (topUpTarget.compareTo(warning) < 0) {
            throw new IllegalArgumentException("top-up target must be at or above the warning line");
        }
        if (topUpDeadlineDays < 1 || topUpDeadlineDays > 30) {
            throw new IllegalArgumentException("top-up deadline must be 1 to 30 trading days");
        }
        if (financingRatioLine != null && (financingRatioLine.signum() <= 0 || financingRatioLine.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("financing-ratio line must be above 0% and at most 100%");
        }
    }

    /** A client's special agreement replaces the three ratio lines; the target never drops below its warning line. */
    public RiskLines withSpecialAgreement(BigDecimal specialWarning, BigDecimal specialMarginCall,
                                          BigDecimal specialLiquidation) {
        return new RiskLines(specialWarning, specialMarginCall, specialLiquidation, topUpTarget.max(specialWarning),
                topUpDeadlineDays, financingRatioLine);
    }

    private static void require(BigDecimal value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " line is required");
        }
    }
}
