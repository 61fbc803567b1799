package com.marginportal.client;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A credit contract with debt that expires by a given day (or has expired): to be repaid or extended. */
public record ContractDue(long clientId, String clientName, long accountId, LocalDate expiry, BigDecimal totalDebt) {
}
