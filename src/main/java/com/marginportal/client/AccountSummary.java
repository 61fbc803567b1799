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

    public boolean hasSpecialAgreement() {
        return specialWarningLine != null || specialMarginCallLine != null || specialLiquidationLine != null;
    }
}
