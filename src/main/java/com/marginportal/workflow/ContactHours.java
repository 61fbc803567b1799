package com.marginportal.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The hours of the trading days in which an advisor is expected to call a client and a manager to decide (Shanghai
 * time): a margin call or liquidation found at night or on a weekend is due that long after the next opening of these
 * hours — a client can top up by bank transfer on trading days only, and a forced sale waits for the market — not at
 * one in the morning with its overdue escalation waking the managers. Equal start and end: round the clock, every
 * day (the test suite's setting).
 *
 * @param workday whether a date is a trading day (the calendar in force)
 */
record ContactHours(LocalTime start, LocalTime end, ZoneId zone, Predicate<LocalDate> workday) {

    ContactHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(workday, "workday");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("contact hours must end after they start (no hours over midnight): "
                    + start + "–" + end);
        }
    }

    /** {@code at} itself inside the hours of a trading day, else the next start of them. */
    Instant earliest(Instant at) {
        if (start.equals(end)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (workday.test(day)) {
            if (time.isBefore(start)) {
                return day.atTime(start).atZone(zone).toInstant();
            }
            if (time.isBefore(end)) {
                return at;
            }
        }
        LocalDate next = day.plusDays(1);
        for (int skipped = 0; !workday.test(next) && skipped < 31; skipped++) { // bounded: a broken calendar
            next = next.plusDays(1);
        }
        return next.atTime(start).atZone(zone).toInstant();
    }

    /**
     * {@code span} of these hours from {@code from}: what is left of a trading day's hours counts, the rest runs on
     * from their next start — a margin call found at 19:59 with two hours to call is due at 08:59 the next trading
     * day, not at 21:59 after the hours have ended, with its overdue escalation in the night.
     */
    Instant plus(Instant from, Duration span) {
        if (start.equals(end)) {
            return from.plus(span);
        }
        Instant at = earliest(from);
        Duration left = span;
        for (int day = 0; day < 366; day++) { // bounded: a broken calendar
            Instant close = at.atZone(zone).toLocalDate().atTime(end).atZone(zone).toInstant();
            Duration today = Duration.between(at, close);
            if (left.compareTo(today) <= 0) {
                return at.plus(left);
            }
            left = left.minus(today);
            at = earliest(close);
        }
        throw new IllegalStateException("no contact hours within a year of " + from);
    }
}
