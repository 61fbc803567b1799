package com.marginportal.demo;

import java.math.BigDecimal;

/**
 * An account with debt as the history starts from: its figures of today's valuation, its client, branch and
 * advisor (user name), and the branch manager who decides its overdue cases.
 */
record HistoryAccount(long accountId, long clientId, long branchId, Long advisorId, String advisor, String manager,
                      BigDecimal cash, BigDecimal longMarketValue, BigDecimal financingDebt, BigDecimal shortLiability,
                      BigDecimal interestAndFees) {

    BigDecimal totalDebt() {
        return financingDebt.add(shortLiability).add(interestAndFees);
    }
}
