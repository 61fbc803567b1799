package com.marginportal.client;

import java.math.BigDecimal;

/**
 * One advisor's book of clients, for managers. The lowest ratio is one client's ({@code lowestClientId}; the lowest
 * id among equals), so it can be judged by the lines that client is held to; both null when no account has debt.
 */
public record AdvisorBook(long advisorId, long clients, BigDecimal totalAssets, long accountsWithDebt,
                          BigDecimal lowestRatio, Long lowestClientId) {
}
