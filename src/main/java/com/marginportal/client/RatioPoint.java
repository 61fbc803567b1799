package com.marginportal.client;

import java.math.BigDecimal;
import java.time.Instant;

/** The maintenance ratio of an account at one valuation (null: no debt). */
public record RatioPoint(Instant valuedAt, BigDecimal maintenanceRatio, BigDecimal totalAssets, BigDecimal totalDebt) {
}
