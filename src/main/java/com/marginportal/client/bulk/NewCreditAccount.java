package com.marginportal.client.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A credit account opened for a client, with its margin ratios and contract term. */
public record NewCreditAccount(long id, long clientId, BigDecimal financingMarginRatio, BigDecimal shortMarginRatio,
                               LocalDate contractStart, LocalDate contractExpiry) {
}
