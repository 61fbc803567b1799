package com.marginportal.client;

import java.math.BigDecimal;

import com.marginportal.client.domain.PositionSide;

public record HoldingLine(String securityCode, String securityName, String board, PositionSide side, long quantity,
                          BigDecimal costPrice, BigDecimal price, BigDecimal marketValue, BigDecimal conversionRate,
                          long financedQuantity, BigDecimal financedAmount, BigDecimal shortProceeds) {
}
