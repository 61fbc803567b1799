package com.marginportal.client;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One client's figures for analysis (classification): the latest valuation, long value in volatile
 * boards (STAR, ChiNext, BSE or non-index stocks), and trades and contacts since a given time.
 * Valuation figures are null until the account has been valued. Birth date, start of trading and opening of the
 * margin account serve the suitability rules.
 */
public record ClientActivity(long clientId, String riskTolerance, boolean advisoryAgreement,
                             BigDecimal specialWarningLine, BigDecimal financingRatio, BigDecimal maintenanceRatio,
                             BigDecimal totalAssets, BigDecimal longMarketValue, BigDecimal volatileValue,
                             long trades, BigDecimal tradedAmount, BigDecimal boughtAmount, long contacts,
                             long advisorInitiatedContacts, LocalDate birthDate, LocalDate tradingSince,
                             LocalDate openedOn) {
}
