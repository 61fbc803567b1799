package com.marginportal.classification.domain.behaviour;

import java.math.BigDecimal;
import java.util.List;

/**
 * A client's trading habits over a period: the figures behind the trading-behaviour class.
 *
 * @param financedBuyShare financed buys ÷ all buys over the period; null without buys
 */
public record BehaviourReport(AnalysisPeriod period, int trades, List<MonthFigures> months, HoldingPeriods holding,
                              List<BoardShare> boards, List<ConcentrationPoint> concentration,
                              BigDecimal financedBuyShare) {

    public BehaviourReport {
        months = List.copyOf(months);
        boards = List.copyOf(boards);
        concentration = List.copyOf(concentration);
    }

    public boolean hasTrades() {
        return trades > 0;
    }
}
