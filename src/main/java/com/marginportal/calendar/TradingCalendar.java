package com.marginportal.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Trading-day arithmetic for the Shanghai and Shenzhen exchanges: weekends and the loaded holidays are
 * closed (make-up working weekends do not open the exchanges). A date of a year that was not loaded is
 * an error, never a silent "no holidays". Immutable and plain Java.
 */
public final class TradingCalendar {

    public static final LocalTime DEFAULT_MARKET_CLOSE = LocalTime.of(15, 0);
    public static final ZoneId DEFAULT_MARKET_ZONE = ZoneId.of("Asia/Shanghai");

    private final Set<LocalDate> holidays;
    private final SortedSet<Integer> coveredYears;
    private final LocalTime marketClose;
    private final ZoneId marketZone;

    public TradingCalendar(Collection<LocalDate> holidays, Collection<Integer> coveredYears,
                           LocalTime marketClose, ZoneId marketZone) {
        this.holidays = Set.copyOf(holidays);
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
        this.marketClose = Objects.requireNonNull(marketClose, "market close");
        this.marketZone = Objects.requireNonNull(marketZone, "market zone");
        for (LocalDate holiday : this.holidays) {
            if (!this.coveredYears.contains(holiday.getYear())) {
                throw new IllegalArgumentException("holiday " + holiday + " lies outside the covered years " + coveredYears);
            }
        }
    }

    /** The calendar of the Shanghai and Shenzhen exchanges: close at 15:00 Asia/Shanghai. */
    public static TradingCalendar of(Collection<LocalDate> holidays, Collection<Integer> coveredYears) {
        return new TradingCalendar(holidays, coveredYears, DEFAULT_MARKET_CLOSE, DEFAULT_MARKET_ZONE);
    }

    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    public boolean isTradingDay(LocalDate date) {
        requireCovered(date);
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The first trading day strictly after {@code date}. */
    public LocalDate nextTradingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isTradingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The last trading day strictly before {@code date}. */
    public LocalDate previousTradingDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isTradingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The n-th trading day after {@code date}; n = 0 is the date itself if it trades, else the next trading day. */
    public LocalDate plusTradingDays(LocalDate date, int n) {
        requireNotNegative(n);
        LocalDate day = isTradingDay(date) ? date : nextTradingDay(date);
        for (int i = 0; i < n; i++) {
            day = nextTradingDay(day);
        }
        return day;
    }

    /** How many trading days lie in (fromExclusive, toInclusive]. */
    public int tradingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            throw new IllegalArgumentException(toInclusive + " is before " + fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isTradingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The market close of the n-th trading day after the base day: the market date of {@code detectedAt}
     * if it trades, else the trading day before it (the last close the data reflects).
     */
    public ZonedDateTime deadline(Instant detectedAt, int tradingDays) {
        requireNotNegative(tradingDays);
        LocalDate detected = detectedAt.atZone(marketZone).toLocalDate();
        LocalDate day;
        if (isTradingDay(detected)) {
            day = plusTradingDays(detected, tradingDays);
        } else if (tradingDays == 0) {
            day = previousTradingDay(detected);
        } else {
            // the trading days after the base day start with the next one: no need to look back
            // (which could reach into an unloaded previous year on 1-2 January)
            day = plusTradingDays(detected, tradingDays - 1);
        }
        return ZonedDateTime.of(day, marketClose, marketZone);
    }

    public LocalTime marketClose() {
        return marketClose;
    }

    public ZoneId marketZone() {
        return marketZone;
    }

    private void requireCovered(LocalDate date) {
        if (!coveredYears.contains(date.getYear())) {
            throw new IllegalStateException("No trading calendar loaded for " + date.getYear() + " (asked about "
                    + date + "; loaded years: " + coveredYears + "): import that year's exchange holidays");
        }
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("trading days must not be negative: " + n);
        }
    }
}
