package com.marginportal.client.bulk;

import java.math.BigDecimal;
import java.time.Instant;

/** One trade, keyed by the core system's trade id. */
public record TradeRow(String externalId, long account, String code, Instant tradedAt, String type, long quantity,
                       BigDecimal price, BigDecimal amount) {
}
