package com.marginportal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.random.RandomGenerator;

/**
 * The maintenance ratio an account is built to show. The band weights give the spread a risk
 * dashboard needs: 10% without debt, most accounts at 200–400%, and a few in each risk zone
 * (default lines: warning 140%, margin call 130%, immediate liquidation 110%). Accounts below about 167% carry a
 * financing ratio above 60% and so classify as HIGH risk: the weights near the lines keep that about one in nine.
 *
 * @param target the ratio as a fraction (2.5000 = 250%), null for an account without debt
 */
record RatioPlan(Band band, BigDecimal target) {

    enum Band {
        NO_DEBT(10, null, null),
        LIQUIDATION(1, "1.0000", "1.1000"),
        MARGIN_CALL(2, "1.1000", "1.3000"),
        BELOW_WARNING(3, "1.3000", "1.4000"),
        NEAR_WARNING(3, "1.4000", "1.5000"),
        WATCH(6, "1.5000", "2.0000"),
        HEALTHY(70, "2.0000", "4.0000"),
        VERY_HEALTHY(5, "4.0000", "8.0000");

        final int weight;
        /** Inclusive lower and exclusive upper bound; null for NO_DEBT. */
        final BigDecimal low;
        final BigDecimal high;

        Band(int weight, String low, String high) {
            this.weight = weight;
            this.low = low == null ? null : new BigDecimal(low);
            this.high = high == null ? null : new BigDecimal(high);
        }

        boolean contains(BigDecimal ratio) {
            if (this == NO_DEBT) {
                return ratio == null;
            }
            return ratio != null && ratio.compareTo(low) >= 0 && ratio.compareTo(high) < 0;
        }
    }

    static RatioPlan draw(RandomGenerator r) {
        Band[] bands = Band.values();
        int[] weights = new int[bands.length];
        for (int i = 0; i < bands.length; i++) {
            weights[i] = bands[i].weight;
        }
        return of(bands[DemoRandom.weighted(r, weights)], r);
    }

    /** A target inside the band, kept off its edges so cent rounding cannot push it out. */
    static RatioPlan of(Band band, RandomGenerator r) {
        if (band == Band.NO_DEBT) {
            return new RatioPlan(band, null);
        }
        double low = band.low.doubleValue();
        double high = band.high.doubleValue();
        double target = low + (high - low) * DemoRandom.between(r, 0.05, 0.95);
        return new RatioPlan(band, BigDecimal.valueOf(target).setScale(4, RoundingMode.HALF_UP));
    }

    boolean hasDebt() {
        return target != null;
    }

    /** Accounts close to the lines have lost money: bought above today's price, little spare cash. */
    boolean distressed() {
        return hasDebt() && target.compareTo(new BigDecimal("1.5")) < 0;
    }
}
