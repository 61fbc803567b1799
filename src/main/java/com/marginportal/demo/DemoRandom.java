package com.marginportal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Seeding and small drawing helpers shared by the factories. */
final class DemoRandom {

    private DemoRandom() {
    }

    /**
     * One independent generator per client number, so a client's data does not depend on how many
     * clients came before it or on the chunk size.
     */
    static SplittableRandom forClient(long seed, long clientNumber) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + clientNumber));
    }

    /** A generator for one shared part of the data set (users, securities). */
    static SplittableRandom forPart(long seed, String part) {
        return new SplittableRandom(mix(seed ^ ((long) part.hashCode() << 32)));
    }

    static double between(RandomGenerator r, double low, double high) {
        return low + (high - low) * r.nextDouble();
    }

    static boolean chance(RandomGenerator r, double probability) {
        return r.nextDouble() < probability;
    }

    static <T> T pick(RandomGenerator r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** Index drawn with the given relative weights. */
    static int weighted(RandomGenerator r, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Stafford's mix64: neighbouring seeds give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
