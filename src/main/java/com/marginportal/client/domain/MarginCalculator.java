package com.marginportal.client.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes the maintenance collateral ratio, available margin and indicators of a credit account.
 *
 * <p>Everything is summed at full precision and rounded once at the end: money to scale 2,
 * ratios to scale 4, both HALF_UP.
 *
 * <p>{@code balances.cash()} already contains the short-sale proceeds (in the Chinese credit
 * account they are credited to cash), which is why available margin subtracts Σ short proceeds:
 * they are frozen for buying back and must not count as free margin.
 */
public final class MarginCalculator {

    private static final int MONEY_SCALE = 2;
    private static final int RATIO_SCALE = 4;

    private MarginCalculator() {
    }

    public static MarginFigures calculate(AccountBalances balances, List<Holding> holdings) {
        Objects.requireNonNull(balances, "balances");
        Objects.requireNonNull(holdings, "holdings");

        BigDecimal longMarketValue = BigDecimal.ZERO;
        BigDecimal financingDebt = BigDecimal.ZERO;
        BigDecimal shortLiability = BigDecimal.ZERO;
        // Sum of the per-holding terms of the available-margin formula.
        BigDecimal marginTerms = BigDecimal.ZERO;
        // Aggregated per security, so split lots of one security count as one position.
        Map<String, BigDecimal> longValueBySecurity = new HashMap<>();

        for (Holding h : holdings) {
            Objects.requireNonNull(h, "holdings must not contain null");
            BigDecimal rate = h.conversionRate();
            if (h.side() == PositionSide.LONG) {
                BigDecimal value = h.marketValue();
                longMarketValue = longMarketValue.add(value);
                longValueBySecurity.merge(h.securityCode(), value, BigDecimal::add);
                financingDebt = financingDebt.add(h.financedAmount());

                BigDecimal collateralValue = h.price().multiply(BigDecimal.valueOf(h.quantity() - h.financedQuantity()));
                BigDecimal financedValue = h.price().multiply(BigDecimal.valueOf(h.financedQuantity()));
                marginTerms = marginTerms
                        .add(collateralValue.multiply(rate))
                        .add(gainAtRateLossInFull(financedValue.subtract(h.financedAmount()), rate))
                        .subtract(h.financedAmount().multiply(balances.financingMarginRatio()));
            } else {
                BigDecimal shortValue = h.marketValue();
                shortLiability = shortLiability.add(shortValue);
                marginTerms = marginTerms
                        .add(gainAtRateLossInFull(h.shortProceeds().subtract(shortValue), rate))
                        .subtract(h.shortProceeds())
                        .subtract(shortValue.multiply(balances.shortMarginRatio()));
            }
        }

        BigDecimal cash = balances.cash();
        BigDecimal fees = balances.interestAndFees();
        BigDecimal totalAssets = cash.add(longMarketValue);
        BigDecimal totalDebt = financingDebt.add(shortLiability).add(fees);
        BigDecimal availableMargin = cash.add(marginTerms).subtract(fees);
        BigDecimal largestPosition = longValueBySecurity.values().stream()
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);

        // Decide "no debt" on the rounded figure so the ratio and hasDebt() never disagree.
        BigDecimal roundedDebt = money(totalDebt);
        BigDecimal maintenanceRatio = roundedDebt.signum() == 0 ? null : ratio(totalAssets, totalDebt);

        return new MarginFigures(
                money(cash),
                money(longMarketValue),
                money(totalAssets),
                money(financingDebt),
                money(shortLiability),
                money(fees),
                roundedDebt,
                maintenanceRatio,
                money(availableMargin),
                money(totalAssets.subtract(totalDebt)),
                ratio(financingDebt, totalAssets),
                ratio(largestPosition, longMarketValue),
                ratio(financingDebt.add(shortLiability), balances.creditLimit()));
    }

    /** A gain on a financed or short position counts at the conversion rate; a loss counts at 100%. */
    private static BigDecimal gainAtRateLossInFull(BigDecimal profit, BigDecimal rate) {
        return profit.signum() > 0 ? profit.multiply(rate) : profit;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    /** numerator ÷ denominator as a fraction, or null when the denominator is zero. */
    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, MathContext.DECIMAL64).setScale(RATIO_SCALE, RoundingMode.HALF_UP);
    }
}
