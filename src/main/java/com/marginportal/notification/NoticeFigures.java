package com.marginportal.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The account figures the client is told, as of {@code valuedAt}. Money in CNY; the maintenance ratio is a
 * fraction (1.2714 = 127.14%) and null when the account has no debt.
 */
public record NoticeFigures(Instant valuedAt, BigDecimal maintenanceRatio, BigDecimal totalAssets,
                            BigDecimal securitiesValue, BigDecimal cash, BigDecimal totalDebt,
                            BigDecimal financingDebt, BigDecimal shortLiability) {

    public NoticeFigures {
        Objects.requireNonNull(valuedAt, "valuedAt");
        Objects.requireNonNull(totalAssets, "totalAssets");
        Objects.requireNonNull(securitiesValue, "securitiesValue");
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(totalDebt, "totalDebt");
        Objects.requireNonNull(financingDebt, "financingDebt");
        Objects.requireNonNull(shortLiability, "shortLiability");
    }
}
