package com.marginportal.classification.domain.behaviour;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holding periods by FIFO: each closing trade (sale, sale to repay, cover) consumes the oldest open lots of
 * the same security and side; every consumed part is one round trip, held from its opening day to the
 * closing day. Trades before the period only build up lots, so a position opened shortly before the period
 * still gets its true holding period; a closing quantity with no open lot left (bought before every trade
 * looked at) is counted as unmatched, not guessed.
 */
final class HoldingPeriodMatcher {

    /** Histogram bands in trading days: overnight, a week, two weeks, a month, a quarter, longer. */
    static final List<HoldingPeriods.Bucket> BANDS = List.of(new HoldingPeriods.Bucket(0, 1, 0),
            new HoldingPeriods.Bucket(2, 5, 0), new HoldingPeriods.Bucket(6, 10, 0), new HoldingPeriods.Bucket(11, 20, 0),
            new HoldingPeriods.Bucket(21, 60, 0), new HoldingPeriods.Bucket(61, null, 0));

    private HoldingPeriodMatcher() {
    }

    private static final class Lot {
        private final LocalDate day;
        private long remaining;

        Lot(LocalDate day, long quantity) {
            this.day = day;
            this.remaining = quantity;
        }
    }

    /** @param trades in time order (the order of trades on the same day is kept) */
    static HoldingPeriods match(List<TradeFact> trades, AnalysisPeriod period, TradingDays tradingDays) {
        Map<String, Deque<Lot>> open = new HashMap<>();
        int[] counts = new int[BANDS.size()];
        int roundTrips = 0;
        long heldQuantity = 0;
        long shareDays = 0;
        long unmatched = 0;
        for (TradeFact t : trades) {
            if (t.day().isAfter(period.to())) {
                break;
            }
            Deque<Lot> lots = open.computeIfAbsent(t.lotKey(), k -> new ArrayDeque<>());
            if (t.opens()) {
                lots.addLast(new Lot(t.day(), t.quantity()));
                continue;
            }
            if (!t.closes()) {
                continue;
            }
            boolean counted = period.contains(t.day());
            long toClose = t.quantity();
            while (toClose > 0 && !lots.isEmpty()) {
                Lot lot = lots.peekFirst();
                long take = Math.min(toClose, lot.remaining);
                if (counted) {
                    int days = tradingDays.between(lot.day, t.day());
                    roundTrips++;
                    heldQuantity += take;
                    shareDays += take * days;
                    counts[band(days)]++;
                }
                lot.remaining -= take;
                toClose -= take;
                if (lot.remaining == 0) {
                    lots.removeFirst();
                }
            }
            if (counted) {
                unmatched += toClose;
            }
        }
        List<HoldingPeriods.Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < BANDS.size(); i++) {
            buckets.add(new HoldingPeriods.Bucket(BANDS.get(i).fromDays(), BANDS.get(i).toDays(), counts[i]));
        }
        BigDecimal average = heldQuantity == 0 ? null
                : BigDecimal.valueOf(shareDays).divide(BigDecimal.valueOf(heldQuantity), 1, RoundingMode.HALF_UP);
        return new HoldingPeriods(roundTrips, average, buckets, unmatched);
    }

    private static int band(int days) {
        for (int i = 0; i < BANDS.size(); i++) {
            if (BANDS.get(i).contains(days)) {
                return i;
            }
        }
        throw new IllegalArgumentException("negative holding period: " + days);
    }
}
