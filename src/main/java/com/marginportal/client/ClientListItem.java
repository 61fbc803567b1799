package com.marginportal.client;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of the client list; the phone is already masked. */
public record ClientListItem(long clientId, long accountId, String name, String maskedPhone, long branchId,
                             Long advisorId, String riskTolerance, BigDecimal totalAssets,
                             BigDecimal maintenanceRatio, Instant valuedAt) {
}
