package com.marginportal.client.bulk;

import java.math.BigDecimal;

/** One position of a credit account: LONG or SHORT, with its financed part or short-sale proceeds. */
public record HoldingRow(long account, String code, String side, long quantity, BigDecimal costPrice,
                         long financedQuantity, BigDecimal financedAmount, BigDecimal shortProceeds) {
}
