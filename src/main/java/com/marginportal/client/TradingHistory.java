package com.marginportal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A client's trades since a given time, oldest first, with the board of each security, and the account's
 * stored valuations (the last of each day) over the same time: the raw material of behaviour analysis.
 */
public record TradingHistory(List<Trade> trades, List<Valuation> valuations) {

    public TradingHistory {
        trades = List.copyOf(trades);
        valuations = List.copyOf(valuations);
    }

    /** @param board null when the security is not in the securities master */
    public record Trade(Instant tradedAt, String securityCode, String board, String tradeType, long quantity,
                        BigDecimal amount) {
    }

    /** @param top1Concentration largest long position ÷ long market value; null without long positions */
    public record Valuation(Instant valuedAt, BigDecimal totalAssets, BigDecimal top1Concentration) {
    }
}
