package com.marginportal.client;

import java.math.BigDecimal;
import java.time.Instant;

public record TradeLine(Instant tradedAt, String securityCode, String securityName, String tradeType,
                        long quantity, BigDecimal price, BigDecimal amount) {
}
