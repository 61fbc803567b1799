package com.marginportal.client.domain;

import java.math.BigDecimal;

/**
 * Account-level figures of a credit account needed for valuation.
 *
 * <p>{@code cash} is the whole cash balance of the credit account, INCLUDING short-sale proceeds
 * (they are credited to the account but may only be used to buy back the borrowed securities).
 * A credit account cannot be overdrawn, so cash is never negative. The margin ratios are fractions
 * (1.0 = 100%) and come from the client's contract; regulatory minimums are not enforced here
 * because older contracts keep their original ratio.
 *
 * <p>Every violation throws {@link IllegalArgumentException}; the message names the field.
 */
public record AccountBalances(
        BigDecimal cash,
        BigDecimal interestAndFees,
        BigDecimal creditLimit,
        BigDecimal financingMarginRatio,
        BigDecimal shortMarginRatio) {

    public AccountBalances {
        requireNonNegative(cash, "cash");
        requireNonNegative(interestAndFees, "interestAndFees");
        requireNonNegative(creditLimit, "creditLimit");
        requireNonNegative(financingMarginRatio, "financingMarginRatio");
        requireNonNegative(shortMarginRatio, "shortMarginRatio");
    }

    private static void requireNonNegative(BigDecimal value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
    }
}
