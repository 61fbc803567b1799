package com.marginportal.notification;

import java.time.Duration;
import java.time.Instant;

import com.marginportal.support.SimulatedClock;

/**
 * The notification tests' hand on the application's clock, the shared context's {@link SimulatedClock}: frozen
 * at {@link #set}, it stands still until a test moves it. Time in tests is set, never slept through.
 */
final class TestTime {

    void set(Instant instant) {
        SimulatedClock.freeze(instant);
    }

    Instant advance(Duration duration) {
        return SimulatedClock.shift(duration);
    }

    Instant instant() {
        return SimulatedClock.now();
    }

    /** Real time again, for the tests that follow in this context. */
    void release() {
        SimulatedClock.reset();
    }
}
