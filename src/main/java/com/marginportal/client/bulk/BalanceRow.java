package com.marginportal.client.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The balances of an existing credit account. Margin ratios and contract dates null keep the stored value; the
 * special-agreement lines are written only when the write names them ({@link AccountWrites.SpecialLine}).
 */
public record BalanceRow(long account, BigDecimal cash, BigDecimal interestAndFees, BigDecimal creditLimit,
                         BigDecimal financingMarginRatio, BigDecimal shortMarginRatio, LocalDate contractStart,
                         LocalDate contractExpiry, BigDecimal warningLine, BigDecimal marginCallLine,
                         BigDecimal liquidationLine) {
}
