package com.marginportal.classification.domain.behaviour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BehaviourAnalysisTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final AnalysisPeriod THREE_MONTHS = AnalysisPeriod.lastMonths(TODAY, 3);
    private static final TradingDays WEEKDAYS = TradingDays.weekdays();

    @Test
    void aPeriodIsWholeCalendarMonthsToDate() {
        assertThat(THREE_MONTHS).isEqualTo(new AnalysisPeriod(LocalDate.of(2026, 9, 1), TODAY));
        assertThat(THREE_MONTHS.months()).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(AnalysisPeriod.lastMonths(LocalDate.of(2026, 1, 31), 12).from()).isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void tradesAreCountedPerMonthInsideThePeriodBoundariesOnly() {
        List<TradeFact> trades = List.of(
                trade("2026-08-31", "A", "BUY", 100, "1000"),       // the day before the period
                trade("2026-09-01", "A", "BUY", 100, "1000"),       // its first day
                trade("2026-10-15", "A", "SELL", 100, "1200"),
                trade("2026-11-25", "B", "MARGIN_BUY", 100, "3000"), // today
                trade("2026-11-26", "B", "BUY", 100, "9999"));      // after today: not counted
        BehaviourReport r = BehaviourAnalysis.analyse(THREE_MONTHS, trades, List.of(), WEEKDAYS);
        assertThat(r.trades()).isEqualTo(3);
        assertThat(r.months()).extracting(m -> m.month().getMonthValue(), MonthFigures::trades, m -> m.tradedAmount().toPlainString())
                .containsExactly(tuple(9, 1, "1000"), tuple(10, 1, "1200"), tuple(11, 1, "3000"));
        assertThat(r.financedBuyShare()).isEqualByComparingTo("0.75"); // 3000 of 4000 bought on credit
        assertThat(r.months().get(2).financedShare()).isEqualByComparingTo("1");
        assertThat(r.months().get(1).financedShare()).as("no buys in October").isNull();
    }

    @Test
    void holdingPeriodsMatchSalesToTheOldestLotsInTradingDays() {
        List<TradeFact> trades = List.of(
                trade("2026-09-07", "A", "BUY", 1000, "10000"),   // Monday
                trade("2026-09-14", "A", "BUY", 1000, "10000"),   // a week later
                trade("2026-09-21", "A", "SELL", 1500, "16000"),  // 10 trading days after the first, 5 after the second
                trade("2026-09-22", "A", "SELL", 500, "5000"));   // the rest of the second lot: 6 days
        HoldingPeriods h = BehaviourAnalysis.analyse(THREE_MONTHS, trades, List.of(), WEEKDAYS).holding();
        assertThat(h.roundTrips()).isEqualTo(3);
        // (1000 × 10 + 500 × 5 + 500 × 6) ÷ 2000 shares
        assertThat(h.averageDays()).isEqualByComparingTo("7.8");
        assertThat(h.histogram()).extracting(HoldingPeriods.Bucket::label, HoldingPeriods.Bucket::roundTrips).containsExactly(
                tuple("0–1", 0), tuple("2–5", 1), tuple("6–10", 2), tuple("11–20", 0), tuple("21–60", 0), tuple("61+", 0));
        assertThat(h.unmatchedQuantity()).isZero();
    }

    @Test
    void lotsBoughtBeforeThePeriodGiveTheirTrueHoldingPeriodAndUnknownOnesAreNotGuessed() {
        List<TradeFact> trades = List.of(
                trade("2026-08-20", "A", "BUY", 200, "2000"),      // before the period: opens a lot
                trade("2026-08-21", "A", "SELL", 100, "1000"),     // before the period: closes, not counted
                trade("2026-09-03", "A", "SELL", 100, "1000"),     // 10 weekdays after 20 August
                trade("2026-09-04", "C", "SELL", 300, "3000"),     // bought before any trade looked at
                trade("2026-09-01", "D", "SHORT_SELL", 100, "500"),
                trade("2026-09-02", "D", "BUY_TO_COVER", 100, "480"));
        HoldingPeriods h = BehaviourAnalysis.analyse(THREE_MONTHS, sortedByDay(trades), List.of(), WEEKDAYS).holding();
        assertThat(h.roundTrips()).isEqualTo(2);
        assertThat(h.averageDays()).isEqualByComparingTo("5.5"); // (100 × 10 + 100 × 1) ÷ 200
        assertThat(h.unmatchedQuantity()).isEqualTo(300);
    }

    @Test
    void tradingDaysSkipTheExchangeHolidays() {
        TradingDays calendar = TradingDays.of(d -> TradingDays.isWeekday(d)
                && !Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)).contains(d));
        assertThat(calendar.between(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 5))).isEqualTo(1);
        assertThat(WEEKDAYS.between(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30))).isZero();
        assertThat(WEEKDAYS.between(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 28))).as("Friday to Monday").isEqualTo(1);
    }

    @Test
    void turnoverIsTheMonthsTradedAmountOverItsAverageTotalAssets() {
        List<TradeFact> trades = List.of(trade("2026-09-10", "A", "BUY", 100, "500000"),
                trade("2026-10-10", "A", "SELL", 100, "800000"));
        List<ValuationFact> valuations = List.of(valuation("2026-09-05", "1000000", null),
                valuation("2026-09-25", "3000000", null), valuation("2026-11-20", "4000000", null));
        BehaviourReport r = BehaviourAnalysis.analyse(THREE_MONTHS, trades, valuations, WEEKDAYS);
        assertThat(r.months()).extracting(MonthFigures::turnover).satisfiesExactly(
                sep -> assertThat(sep).isEqualByComparingTo("0.25"),   // 500,000 ÷ average 2,000,000
                oct -> assertThat(oct).isEqualByComparingTo("0.2667"), // 800,000 ÷ 3,000,000, the nearest valuation
                nov -> assertThat(nov).isEqualByComparingTo("0"));
    }

    @Test
    void boardSharesAreSharesOfTheTradedValueWithEveryBoardListed() {
        List<TradeFact> trades = List.of(trade("2026-09-10", "600519.SH", "MAIN_SH", "BUY", "6000"),
                trade("2026-09-11", "300750.SZ", "CHINEXT", "BUY", "3000"),
                trade("2026-09-12", "X", null, "BUY", "1000"));
        List<BoardShare> boards = BehaviourAnalysis.analyse(THREE_MONTHS, trades, List.of(), WEEKDAYS).boards();
        assertThat(boards).extracting(BoardShare::board, b -> b.share().toPlainString()).containsExactly(
                tuple("MAIN_SH", "0.6000"), tuple("MAIN_SZ", "0.0000"), tuple("CHINEXT", "0.3000"),
                tuple("STAR", "0.0000"), tuple("BSE", "0.0000"), tuple("OTHER", "0.1000"));
    }

    @Test
    void concentrationKeepsOneValuedPointPerDayInThePeriod() {
        List<ValuationFact> valuations = List.of(valuation("2026-08-31", "1", "0.9"),
                valuation("2026-09-01", "1", "0.40"), valuation("2026-09-02", "1", null),
                valuation("2026-09-03", "1", "0.35"));
        assertThat(BehaviourAnalysis.analyse(THREE_MONTHS, List.of(), valuations, WEEKDAYS).concentration())
                .extracting(p -> p.day().getDayOfMonth(), p -> p.top1().toPlainString())
                .containsExactly(tuple(1, "0.40"), tuple(3, "0.35"));
    }

    @Test
    void noDataGivesAnEmptyReportNotAnError() {
        BehaviourReport r = BehaviourAnalysis.analyse(THREE_MONTHS, List.of(), List.of(), WEEKDAYS);
        assertThat(r.hasTrades()).isFalse();
        assertThat(r.months()).hasSize(3).allSatisfy(m -> {
            assertThat(m.trades()).isZero();
            assertThat(m.turnover()).isNull();
            assertThat(m.financedShare()).isNull();
        });
        assertThat(r.holding().roundTrips()).isZero();
        assertThat(r.holding().averageDays()).isNull();
        assertThat(r.holding().histogram()).hasSize(6).allSatisfy(b -> assertThat(b.roundTrips()).isZero());
        assertThat(r.boards()).isEmpty();
        assertThat(r.concentration()).isEmpty();
        assertThat(r.financedBuyShare()).isNull();
    }

    private static List<TradeFact> sortedByDay(List<TradeFact> trades) {
        return trades.stream().sorted(java.util.Comparator.comparing(TradeFact::day)).toList();
    }

    private static TradeFact trade(String day, String code, String type, long quantity, String amount) {
        return new TradeFact(LocalDate.parse(day), code, "MAIN_SH", type, quantity, new BigDecimal(amount));
    }

    private static TradeFact trade(String day, String code, String board, String type, String amount) {
        return new TradeFact(LocalDate.parse(day), code, board, type, 100, new BigDecimal(amount));
    }

    private static ValuationFact valuation(String day, String assets, String top1) {
        return new ValuationFact(LocalDate.parse(day), new BigDecimal(assets), top1 == null ? null : new BigDecimal(top1));
    }
}
