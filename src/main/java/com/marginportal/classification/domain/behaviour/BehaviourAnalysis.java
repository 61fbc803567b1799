package com.marginportal.classification.domain.behaviour;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trading behaviour analysis (交易行为分析) as pure functions of a client's trades and daily valuations:
 * trades and turnover per calendar month, holding periods (FIFO, trading days), traded value per board,
 * top-1 concentration over time and the share of buys made on credit. Missing data gives empty or null
 * figures, never an error.
 */
public final class BehaviourAnalysis {

    /** The boards of the A-share market, in display order. */
    public static final List<String> BOARDS = List.of("MAIN_SH", "MAIN_SZ", "CHINEXT", "STAR", "BSE");
    public static final String OTHER_BOARD = "OTHER";

    private BehaviourAnalysis() {
    }

    /**
     * @param trades     in time order; may start before the period (those only open lots for the holding periods)
     * @param valuations in time order (the last of each day counts)
     */
    public static BehaviourReport analyse(AnalysisPeriod period, List<TradeFact> trades, List<ValuationFact> valuations,
                                          TradingDays tradingDays) {
        List<TradeFact> inPeriod = trades.stream().filter(t -> period.contains(t.day())).toList();
        List<ValuationFact> daily = lastPerDay(valuations);
        List<ValuationFact> valued = daily.stream()
                .filter(v -> period.contains(v.day()) && v.totalAssets() != null && v.totalAssets().signum() > 0).toList();
        BigDecimal buys = sum(inPeriod.stream().filter(TradeFact::isBuy).toList());
        BigDecimal financed = sum(inPeriod.stream().filter(TradeFact::isFinancedBuy).toList());
        return new BehaviourReport(period, inPeriod.size(), months(period, inPeriod, valued),
                HoldingPeriodMatcher.match(trades, period, tradingDays), boards(inPeriod),
                concentration(period, daily), share(financed, buys));
    }

    /** One valuation per market day, the day's last (stored runs can fall either side of midnight UTC). */
    private static List<ValuationFact> lastPerDay(List<ValuationFact> valuations) {
        Map<LocalDate, ValuationFact> byDay = new TreeMap<>();
        valuations.forEach(v -> byDay.put(v.day(), v));
        return List.copyOf(byDay.values());
    }

    static List<MonthFigures> months(AnalysisPeriod period, List<TradeFact> trades, List<ValuationFact> valued) {
        Map<YearMonth, List<TradeFact>> byMonth = new TreeMap<>();
        period.months().forEach(m -> byMonth.put(m, new ArrayList<>()));
        trades.forEach(t -> byMonth.get(YearMonth.from(t.day())).add(t));
        List<MonthFigures> months = new ArrayList<>();
        byMonth.forEach((month, list) -> {
            BigDecimal amount = sum(list);
            BigDecimal assets = assetsIn(month, valued);
            months.add(new MonthFigures(month, list.size(), amount,
                    assets == null ? null : amount.divide(assets, 4, RoundingMode.HALF_UP),
                    sum(list.stream().filter(TradeFact::isBuy).toList()),
                    sum(list.stream().filter(TradeFact::isFinancedBuy).toList())));
        });
        return months;
    }

    /** The month's average total assets; a month without valuations takes the valuation nearest to it. */
    private static BigDecimal assetsIn(YearMonth month, List<ValuationFact> valued) {
        List<ValuationFact> inMonth = valued.stream().filter(v -> YearMonth.from(v.day()).equals(month)).toList();
        if (!inMonth.isEmpty()) {
            return inMonth.stream().map(ValuationFact::totalAssets).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(inMonth.size()), 2, RoundingMode.HALF_UP);
        }
        LocalDate middle = month.atDay(15);
        return valued.stream()
                .min(Comparator.comparingLong(v -> Math.abs(ChronoUnit.DAYS.between(middle, v.day()))))
                .map(ValuationFact::totalAssets).orElse(null);
    }

    static List<BoardShare> boards(List<TradeFact> trades) {
        BigDecimal total = sum(trades);
        if (total.signum() == 0) {
            return List.of();
        }
        Map<String, BigDecimal> byBoard = new LinkedHashMap<>();
        BOARDS.forEach(b -> byBoard.put(b, BigDecimal.ZERO));
        for (TradeFact t : trades) {
            String board = t.board() != null && BOARDS.contains(t.board()) ? t.board() : OTHER_BOARD;
            byBoard.merge(board, t.amount(), BigDecimal::add);
        }
        return byBoard.entrySet().stream()
                .map(e -> new BoardShare(e.getKey(), e.getValue(), share(e.getValue(), total)))
                .toList();
    }

    static List<ConcentrationPoint> concentration(AnalysisPeriod period, List<ValuationFact> daily) {
        return daily.stream().filter(v -> period.contains(v.day()) && v.top1Concentration() != null)
                .map(v -> new ConcentrationPoint(v.day(), v.top1Concentration())).toList();
    }

    /** part ÷ whole to 4 decimals; null when the whole is zero. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<TradeFact> trades) {
        return trades.stream().map(TradeFact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
