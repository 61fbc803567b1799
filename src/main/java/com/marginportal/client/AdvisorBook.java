package com.marginportal.client;

import java.math.BigDecimal;

/** One advisor's book of clients, for managers. */
public record AdvisorBook(long advisorId, long clients, BigDecimal totalAssets, long accountsWithDebt,
                          BigDecimal lowestRatio) {
}
