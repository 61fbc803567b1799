package com.marginportal.client;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where a client stands for regular contact: who looks after them, the latest maintenance ratio (null without debt
 * or before the first valuation) and when they were last reached (any direction; null when never).
 */
public record ContactStatus(long clientId, String name, long branchId, Long advisorId, BigDecimal maintenanceRatio,
                            Instant lastReachedContact) {
}
