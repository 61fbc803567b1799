package com.marginportal.classification.domain;

import java.math.BigDecimal;

/**
 * The configurable thresholds of the rules (defaults from the domain brief). Validated on construction:
 * fractions within 0..1, the low bound of a band below its high bound.
 */
public record ClassificationThresholds(
        BigDecimal lowFinancingRatio, BigDecimal highFinancingRatio,
        BigDecimal lowVolatileShare, BigDecimal highVolatileShare,
        BigDecimal nearLineMargin, BigDecimal comfortableRatio,
        BigDecimal shortTermTradesPerMonth, BigDecimal shortTermHoldingDays, BigDecimal shortTermMonthlyTurnover,
        BigDecimal highNetWorthAssets, BigDecimal mediumAssets,
        BigDecimal passiveAdvisorShare, BigDecimal activeTradesPerMonth) {

    public static ClassificationThresholds defaults() {
        return new ClassificationThresholds(d("0.20"), d("0.60"), d("0.20"), d("0.50"), d("0.10"), d("2.50"),
                d("10"), d("10"), d("1.00"), d("5000000"), d("500000"), d("0.60"), d("8"));
    }

    public ClassificationThresholds {
        fraction(lowFinancingRatio, "lowFinancingRatio");
        fraction(highFinancingRatio, "highFinancingRatio");
        ordered(lowFinancingRatio, highFinancingRatio, "financing ratio");
        fraction(lowVolatileShare, "lowVolatileShare");
        fraction(highVolatileShare, "highVolatileShare");
        ordered(lowVolatileShare, highVolatileShare, "volatile share");
        fraction(nearLineMargin, "nearLineMargin");
        fraction(passiveAdvisorShare, "passiveAdvisorShare");
        positive(comfortableRatio, "comfortableRatio");
        positive(shortTermTradesPerMonth, "shortTermTradesPerMonth");
        positive(shortTermHoldingDays, "shortTermHoldingDays");
        positive(shortTermMonthlyTurnover, "shortTermMonthlyTurnover");
        positive(mediumAssets, "mediumAssets");
        positive(activeTradesPerMonth, "activeTradesPerMonth");
        ordered(mediumAssets, highNetWorthAssets, "asset scale");
    }

    private static void fraction(BigDecimal v, String name) {
        if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be a percentage from 0% to 100%");
        }
    }

    private static void positive(BigDecimal v, String name) {
        if (v == null || v.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be above 0");
        }
    }

    private static void ordered(BigDecimal low, BigDecimal high, String what) {
        if (low.compareTo(high) >= 0) {
            throw new IllegalArgumentException(what + " thresholds must be ordered: low < high");
        }
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }
}
