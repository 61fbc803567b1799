package com.marginportal.workflow;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The hours in which an advisor is expected to call a client (Shanghai time): a margin call or liquidation found at
 * night is due that long after the next opening of these hours, not at one in the morning with its overdue
 * escalation waking the managers. Equal start and end: round the clock.
 */
record ContactHours(LocalTime start, LocalTime end, ZoneId zone) {

    ContactHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("contact hours must end after they start (no hours over midnight): "
                    + start + "–" + end);
        }
    }

    /** {@code at} itself inside the hours, else the next start of them. */
    Instant earliest(Instant at) {
        if (start.equals(end)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (time.isBefore(start)) {
            return local.with(start).toInstant();
        }
        if (time.isBefore(end)) {
            return at;
        }
        return local.plusDays(1).with(start).toInstant();
    }
}
