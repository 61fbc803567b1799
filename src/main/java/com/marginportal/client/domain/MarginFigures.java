package com.marginportal.client.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Valuation of a credit account at one moment, as computed by {@link MarginCalculator}.
 *
 * <p>Money amounts have scale 2; ratios are fractions with scale 4 (1.4000 = 140%).
 * A ratio is {@code null} where its denominator is zero: {@code maintenanceRatio} when there is no
 * debt, {@code financingRatio} when total assets are zero, {@code top1Concentration} when there is
 * no long market value, {@code creditLimitUsage} when the credit limit is zero.
 */
public record MarginFigures(
        BigDecimal cash,
        BigDecimal longMarketValue,
        BigDecimal totalAssets,
        BigDecimal financingDebt,
        BigDecimal shortLiability,
        BigDecimal interestAndFees,
        BigDecimal totalDebt,
        BigDecimal maintenanceRatio,
        BigDecimal availableMargin,
        BigDecimal netAssets,
        BigDecimal financingRatio,
        BigDecimal top1Concentration,
        BigDecimal creditLimitUsage) {

    public MarginFigures {
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(longMarketValue, "longMarketValue");
        Objects.requireNonNull(totalAssets, "totalAssets");
        Objects.requireNonNull(financingDebt, "financingDebt");
        Objects.requireNonNull(shortLiability, "shortLiability");
        Objects.requireNonNull(interestAndFees, "interestAndFees");
        Objects.requireNonNull(totalDebt, "totalDebt");
        Objects.requireNonNull(availableMargin, "availableMargin");
        Objects.requireNonNull(netAssets, "netAssets");
        // Keeps hasDebt() and the ratio consistent: "no debt" is the only reason for a missing ratio.
        if ((maintenanceRatio == null) != (totalDebt.signum() == 0)) {
            throw new IllegalArgumentException(
                    "maintenanceRatio must be null exactly when totalDebt is zero, totalDebt=" + totalDebt);
        }
    }

    /** True when the account owes anything (financing, short liability, interest or fees). */
    public boolean hasDebt() {
        return totalDebt.signum() != 0;
    }

    /** The maintenance ratio, empty when there is no debt ("no debt" rather than infinity). */
    public Optional<BigDecimal> maintenanceRatioIfDebt() {
        return Optional.ofNullable(maintenanceRatio);
    }
}
