package com.marginportal.risk;

import java.math.BigDecimal;
import java.time.Instant;

import com.marginportal.client.AccountValuation;

/** The account figures at the moment of a detection: what the client can be told, and what they were told. */
public record AccountSnapshot(long accountId, long clientId, Instant valuedAt, long valuationRunId,
                              BigDecimal cash, BigDecimal longMarketValue, BigDecimal totalAssets,
                              BigDecimal financingDebt, BigDecimal shortLiability, BigDecimal interestAndFees,
                              BigDecimal totalDebt, BigDecimal maintenanceRatio, BigDecimal availableMargin,
                              BigDecimal financingRatio) {

    static AccountSnapshot of(AccountValuation v, Instant valuedAt) {
        return new AccountSnapshot(v.accountId(), v.clientId(), valuedAt, v.runId(), v.cash(), v.longMarketValue(),
                v.totalAssets(), v.financingDebt(), v.shortLiability(), v.interestAndFees(), v.totalDebt(),
                v.maintenanceRatio(), v.availableMargin(), v.financingRatio());
    }
}
