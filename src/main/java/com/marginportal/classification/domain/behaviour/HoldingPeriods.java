package com.marginportal.classification.domain.behaviour;

import java.math.BigDecimal;
import java.util.List;

/**
 * How long closed positions were held, in trading days, matched FIFO per security and side.
 *
 * @param roundTrips         matched opening/closing parts closed in the period
 * @param averageDays        quantity-weighted average; null without round trips
 * @param unmatchedQuantity  shares closed in the period whose opening lies before the trades looked at
 */
public record HoldingPeriods(int roundTrips, BigDecimal averageDays, List<Bucket> histogram, long unmatchedQuantity) {

    public HoldingPeriods {
        histogram = List.copyOf(histogram);
    }

    /** Round trips held {@code fromDays}..{@code toDays} trading days ({@code toDays} null: and longer). */
    public record Bucket(int fromDays, Integer toDays, int roundTrips) {

        public String label() {
            return toDays == null ? fromDays + "+" : fromDays + "–" + toDays;
        }

        boolean contains(int days) {
            return days >= fromDays && (toDays == null || days <= toDays);
        }
    }
}
