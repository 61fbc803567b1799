package com.marginportal.client;

import java.math.BigDecimal;

/**
 * One client's figures for analysis (classification): the latest valuation, long value in volatile
 * boards (STAR, ChiNext, BSE or non-index stocks), and trades and contacts since a given time.
 * Valuation figures are null until the account has been valued.
 */
public record ClientActivity(long clientId, String riskTolerance, boolean advisoryAgreement,
                             BigDecimal specialWarningLine, BigDecimal financingRatio, BigDecimal maintenanceRatio,
                             BigDecimal totalAssets, BigDecimal longMarketValue, BigDecimal volatileValue,
                             long trades, BigDecimal tradedAmount, BigDecimal boughtAmount, long contacts,
                             long advisorInitiatedContacts) {
}
