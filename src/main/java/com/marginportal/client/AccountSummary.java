package com.marginportal.client;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.marginportal.client.domain.MarginFigures;

/** Credit account figures computed live from positions and latest prices. */
public record AccountSummary(long accountId, MarginFigures figures, BigDecimal creditLimit,
                             BigDecimal financingMarginRatio, BigDecimal shortMarginRatio,
                             LocalDate contractStart, LocalDate contractExpiry, long daysToExpiry,
                             BigDecimal specialWarningLine, BigDecimal specialMarginCallLine,
                             BigDecimal specialLiquidationLine) {

    /** How long before its expiry a contract is called out: renewing it takes the client's signature. */
    public static final int EXPIRY_NOTICE_DAYS = 30;

    /** Where the margin contract stands: in force, expiring within {@link #EXPIRY_NOTICE_DAYS}, or expired. */
    public enum ContractState { IN_FORCE, EXPIRING, EXPIRED }

    public ContractState contractState() {
        return daysToExpiry < 0 ? ContractState.EXPIRED
                : daysToExpiry <= EXPIRY_NOTICE_DAYS ? ContractState.EXPIRING : ContractState.IN_FORCE;
    }

    public boolean hasSpecialAgreement() {
        return specialWarningLine != null || specialMarginCallLine != null || specialLiquidationLine != null;
    }
}
