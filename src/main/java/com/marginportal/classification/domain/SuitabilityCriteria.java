package com.marginportal.classification.domain;

/**
 * The broker's eligibility rules for a margin account (domain brief, "Eligibility and suitability"); every figure
 * is configuration. Defaults: risk tolerance C4 or above, six months of trading experience before the account
 * was opened, age 18 to 80.
 *
 * @param minRiskTolerance  lowest acceptable risk tolerance, 1..5 for C1..C5
 * @param minTradingMonths  months of trading experience needed when the margin account was opened
 * @param minAge            youngest acceptable age in full years
 * @param maxAge            oldest acceptable age in full years (80 means: flagged from the 81st birthday)
 */
public record SuitabilityCriteria(int minRiskTolerance, int minTradingMonths, int minAge, int maxAge) {

    public static SuitabilityCriteria defaults() {
        return new SuitabilityCriteria(4, 6, 18, 80);
    }

    public SuitabilityCriteria {
        if (minRiskTolerance < 1 || minRiskTolerance > 5) {
            throw new IllegalArgumentException("minRiskTolerance must be 1..5 (C1..C5)");
        }
        if (minTradingMonths < 0) {
            throw new IllegalArgumentException("minTradingMonths must not be negative");
        }
        if (minAge < 0 || maxAge < minAge) {
            throw new IllegalArgumentException("ages must satisfy 0 <= minAge <= maxAge");
        }
    }
}
