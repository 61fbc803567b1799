package com.marginportal.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

/**
 * Dates and times in the exchange's zone. Weekdays stand in for trading days: the demo data needs no
 * holiday calendar, and the generator must not depend on the risk feature's one.
 */
final class MarketTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalTime MORNING_OPEN = LocalTime.of(9, 30);
    private static final LocalTime AFTERNOON_OPEN = LocalTime.of(13, 0);
    private static final int SESSION_SECONDS = 2 * 60 * 60;

    private MarketTime() {
    }

    static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The last weekday before {@code today}: the close whose prices the data set shows. */
    static LocalDate previousWeekday(LocalDate today) {
        LocalDate day = today.minusDays(1);
        while (!isWeekday(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** A weekday in [from, to]; {@code to} must not be before {@code from}. */
    static LocalDate weekdayBetween(LocalDate from, LocalDate to, RandomGenerator r) {
        long span = ChronoUnit.DAYS.between(from, to);
        for (int attempt = 0; attempt < 50; attempt++) {
            LocalDate day = from.plusDays(r.nextLong(span + 1));
            if (isWeekday(day)) {
                return day;
            }
        }
        return previousWeekday(to.plusDays(1));
    }

    /** A moment in the continuous sessions 09:30–11:30 or 13:00–15:00. */
    static Instant duringSession(LocalDate day, RandomGenerator r) {
        int second = r.nextInt(2 * SESSION_SECONDS);
        LocalTime time = second < SESSION_SECONDS
                ? MORNING_OPEN.plusSeconds(second) : AFTERNOON_OPEN.plusSeconds(second - SESSION_SECONDS);
        return day.atTime(time.plusNanos(r.nextInt(1000) * 1_000_000L)).atZone(ZONE).toInstant();
    }

    /** A moment between {@code fromHour}:00 and {@code toHour}:00. */
    static Instant between(LocalDate day, int fromHour, int toHour, RandomGenerator r) {
        int second = r.nextInt((toHour - fromHour) * 3600);
        return day.atTime(LocalTime.of(fromHour, 0).plusSeconds(second)).atZone(ZONE).toInstant();
    }
}
