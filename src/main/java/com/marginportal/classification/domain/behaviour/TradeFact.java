package com.marginportal.classification.domain.behaviour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One trade as the analysis needs it: its market date (Asia/Shanghai), security, board, type, quantity and
 * amount. Types as in the archive: BUY, MARGIN_BUY (financed), SELL, SELL_TO_REPAY, SHORT_SELL, BUY_TO_COVER.
 */
public record TradeFact(LocalDate day, String securityCode, String board, String tradeType, long quantity,
                        BigDecimal amount) {

    private static final Set<String> BUYS = Set.of("BUY", "MARGIN_BUY");
    private static final Set<String> SELLS = Set.of("SELL", "SELL_TO_REPAY");

    public TradeFact {
        if (day == null || tradeType == null || amount == null || quantity < 0) {
            throw new IllegalArgumentException("a trade needs a day, a type, a quantity and an amount");
        }
    }

    public boolean isBuy() {
        return BUYS.contains(tradeType);
    }

    public boolean isFinancedBuy() {
        return "MARGIN_BUY".equals(tradeType);
    }

    /** Opens a lot: a long buy or a short sale. */
    boolean opens() {
        return isBuy() || "SHORT_SELL".equals(tradeType);
    }

    /** Closes lots: a long sale or a cover. */
    boolean closes() {
        return SELLS.contains(tradeType) || "BUY_TO_COVER".equals(tradeType);
    }

    /** Long and short lots of one security are matched separately. */
    String lotKey() {
        boolean shortSide = "SHORT_SELL".equals(tradeType) || "BUY_TO_COVER".equals(tradeType);
        return securityCode + (shortSide ? "/SHORT" : "/LONG");
    }
}
