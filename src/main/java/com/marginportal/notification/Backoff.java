package com.marginportal.notification;

import java.time.Duration;

/** Exponential back-off: initial, initial × factor, initial × factor², … never more than max. */
record Backoff(Duration initial, double factor, Duration max) {

    Backoff {
        if (initial.isNegative() || factor < 1 || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("back-off needs initial ≥ 0, factor ≥ 1 and max ≥ initial");
        }
    }

    /** The wait after the n-th failed attempt of a series (n ≥ 1). */
    Duration after(int failedAttempts) {
        double millis = initial.toMillis() * Math.pow(factor, Math.max(0, failedAttempts - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis(Math.round(millis));
    }
}
