package com.marginportal.client;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A client who asked for the monthly report, with the latest valuation of the credit account (as of
 * {@code valuedAt}, null when never valued) and the account's trades in the report's period.
 *
 * @param maintenanceRatio a fraction; null without debt
 */
public record ReportRecipient(long clientId, long accountId, String name, String email, String preferredLanguage,
                              long branchId, Long advisorId, String maskedAccountNumber, BigDecimal maintenanceRatio,
                              BigDecimal totalAssets, BigDecimal totalDebt, BigDecimal cash, Instant valuedAt,
                              int tradesInPeriod) {
}
