package com.marginportal.classification.domain.behaviour;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One calendar month of trading.
 *
 * @param turnover           traded amount ÷ the month's average total assets (null without any valuation)
 * @param financedBuyAmount  the part of {@code buyAmount} bought on credit (MARGIN_BUY)
 */
public record MonthFigures(YearMonth month, int trades, BigDecimal tradedAmount, BigDecimal turnover,
                           BigDecimal buyAmount, BigDecimal financedBuyAmount) {

    /** Financed buys ÷ all buys; null in a month without buys. */
    public BigDecimal financedShare() {
        return BehaviourAnalysis.share(financedBuyAmount, buyAmount);
    }
}
