package com.marginportal.workflow;

import java.time.Duration;
import java.time.Instant;

/** Where a case's current task stands against its due time. */
public enum SlaState {
    ON_TIME, DUE_SOON, OVERDUE;

    /** No due time (a wait state, or ended) counts as on time. */
    public static SlaState of(Instant due, Instant now, Duration soon) {
        if (due == null) {
            return ON_TIME;
        }
        if (due.isBefore(now)) {
            return OVERDUE;
        }
        return due.isBefore(now.plus(soon)) ? DUE_SOON : ON_TIME;
    }
}
