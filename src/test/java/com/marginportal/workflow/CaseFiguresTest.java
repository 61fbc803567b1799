package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Random;

import com.marginportal.risk.domain.BreachRules;
import com.marginportal.risk.domain.RiskLines;

import org.junit.jupiter.api.Test;

/**
 * The margin call's amount is the cash whose deposit ends the case by the scan's own rule (ratio at the target,
 * financing ratio not above its line), computed with the valuation's formulas, and not a cent more than needed.
 */
class CaseFiguresTest {

    private static final RiskLines HIGH_RISK = new RiskLines(d("1.50"), d("1.30"), d("1.20"), d("1.50"), 2, d("0.60"));

    @Test
    void theTopUpMeetsEveryCrossedLine() {
        // 10,000 shares at 8.90 financed with 70,000, 1,000 of interest: 125.35%, financing ratio 78.65%
        CaseFigures f = figures(d("0.00"), d("89000.00"), d("70000.00"), d("0.00"), d("1000.00"));

        assertThat(f.topUpAmount(d("1.50"))).as("ratio only: 1.5 × 71,000 − 89,000").isEqualByComparingTo("17500.00");
        assertThat(f.topUpAmount(d("1.50"), d("0.60"))).as("70,000 ÷ 0.6 − 89,000, rounded up")
                .isEqualByComparingTo("27666.67");
        assertThat(f.topUpAmount(d("1.20"), d("0.80"))).as("both already met").isEqualByComparingTo("0");
    }

    @Test
    void generatedAccountsAreRestoredByExactlyTheTopUp() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal cash = cents(random, 100_000);
            BigDecimal securities = cents(random, 2_000_000);
            BigDecimal financing = cents(random, 1_500_000).add(d("100.00"));
            BigDecimal shortLiability = i % 2 == 0 ? d("0.00") : cents(random, 300_000);
            BigDecimal fees = cents(random, 20_000);
            CaseFigures f = figures(cash, securities, financing, shortLiability, fees);
            boolean financingCrossed = BreachRules.crossedLines(HIGH_RISK, f.ratio(), f.financingRatio()).stream()
                    .anyMatch(c -> c.kind() == com.marginportal.risk.domain.CrossedLine.Kind.FINANCING_RATIO);
            BigDecimal topUp = f.topUpAmount(HIGH_RISK.topUpTarget(), financingCrossed ? HIGH_RISK.financingRatioLine() : null);

            CaseFigures after = figures(cash.add(topUp), securities, financing, shortLiability, fees);
            assertThat(BreachRules.isRestored(HIGH_RISK, after.ratio(), after.financingRatio()))
                    .as("%s + %s", f, topUp).isTrue();
            if (topUp.signum() > 0) { // a cent less misses a line (exactly, before the ratios are rounded)
                BigDecimal assets = f.totalAssets().add(topUp).subtract(d("0.01"));
                boolean ratioMissed = assets.compareTo(HIGH_RISK.topUpTarget().multiply(f.totalDebt())) < 0;
                boolean financingMissed = financingCrossed
                        && financing.compareTo(HIGH_RISK.financingRatioLine().multiply(assets)) > 0;
                assertThat(ratioMissed || financingMissed).as("minimal for %s: %s", f, topUp).isTrue();
            }
        }
    }

    /** The figures as client.domain.MarginCalculator computes them. */
    private static CaseFigures figures(BigDecimal cash, BigDecimal securities, BigDecimal financing,
                                       BigDecimal shortLiability, BigDecimal fees) {
        BigDecimal assets = cash.add(securities);
        BigDecimal debt = financing.add(shortLiability).add(fees);
        return new CaseFigures(Instant.parse("2026-11-25T07:00:00Z"), ratio(assets, debt), assets, securities, cash,
                debt, financing, shortLiability, fees, ratio(financing, assets));
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null
                : numerator.divide(denominator, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
    }

    private static BigDecimal cents(Random random, long maxYuan) {
        return BigDecimal.valueOf((long) (random.nextDouble() * maxYuan * 100), 2);
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }
}
