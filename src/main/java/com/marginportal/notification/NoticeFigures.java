package com.marginportal.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The account figures the client is told, as of {@code valuedAt}. Money in CNY, at most 2 decimals; the ratios
 * are fractions (1.2714 = 127.14%), the maintenance ratio null when the account has no debt, the financing ratio
 * null when it has no assets. The blocks must add up as the valuation computes them: total assets = cash +
 * securities value, total debt = financing debt + short liability + interest and fees; figures that do not are
 * refused, so the e-mail's breakdown always sums.
 */
public record NoticeFigures(Instant valuedAt, BigDecimal maintenanceRatio, BigDecimal totalAssets,
                            BigDecimal securitiesValue, BigDecimal cash, BigDecimal totalDebt,
                            BigDecimal financingDebt, BigDecimal shortLiability, BigDecimal interestAndFees,
                            BigDecimal financingRatio) {

    public NoticeFigures {
        Objects.requireNonNull(valuedAt, "valuedAt");
        for (String name : new String[] {"totalAssets", "securitiesValue", "cash", "totalDebt", "financingDebt",
                "shortLiability", "interestAndFees"}) {
            BigDecimal amount = switch (name) {
                case "totalAssets" -> totalAssets;
                case "securitiesValue" -> securitiesValue;
                case "cash" -> cash;
                case "totalDebt" -> totalDebt;
                case "financingDebt" -> financingDebt;
                case "shortLiability" -> shortLiability;
                default -> interestAndFees;
            };
            Objects.requireNonNull(amount, name);
            if (amount.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException(name + " has more than 2 decimals: " + amount.toPlainString());
            }
        }
        if (cash.add(securitiesValue).compareTo(totalAssets) != 0) {
            throw new IllegalArgumentException("total assets " + totalAssets.toPlainString() + " ≠ cash "
                    + cash.toPlainString() + " + securities value " + securitiesValue.toPlainString());
        }
        if (financingDebt.add(shortLiability).add(interestAndFees).compareTo(totalDebt) != 0) {
            throw new IllegalArgumentException("total debt " + totalDebt.toPlainString() + " ≠ financing debt "
                    + financingDebt.toPlainString() + " + short liability " + shortLiability.toPlainString()
                    + " + interest and fees " + interestAndFees.toPlainString());
        }
    }
}
