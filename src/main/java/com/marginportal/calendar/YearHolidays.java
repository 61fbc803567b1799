package com.marginportal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The complete holiday list of one year and where it comes from, checked before anything is written:
 * every date lies in that year, on a weekday, once.
 */
record YearHolidays(int year, List<Holiday> holidays, String source) {

    static final String WEEKENDS_ONLY = "weekends only — no published holiday list shipped";
    static final int MAX_SOURCE = 200;

    YearHolidays {
        if (year < 1990 || year > 2200) {
            throw new IllegalArgumentException("implausible calendar year " + year);
        }
        Objects.requireNonNull(holidays, "holidays");
        Set<LocalDate> seen = new HashSet<>();
        for (Holiday holiday : holidays) {
            LocalDate date = Objects.requireNonNull(holiday, "holiday").date();
            if (date.getYear() != year) {
                throw new IllegalArgumentException("holiday " + date + " is not in " + year);
            }
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException("holiday " + date + " falls on a " + date.getDayOfWeek()
                        + ": weekends are never trading days, list weekday closures only");
            }
            if (!seen.add(date)) {
                throw new IllegalArgumentException("holiday " + date + " is listed twice");
            }
        }
        holidays = holidays.stream().sorted(Comparator.comparing(Holiday::date)).toList();
        source = source == null || source.isBlank() ? null : source.strip();
        if (source != null && source.length() > MAX_SOURCE) {
            throw new IllegalArgumentException("source longer than " + MAX_SOURCE + " characters");
        }
    }

    /** A year covered without a published list: only weekends are closed. */
    static YearHolidays weekendsOnly(int year) {
        return new YearHolidays(year, List.of(), WEEKENDS_ONLY);
    }

    boolean isWeekendsOnly() {
        return holidays.isEmpty() && WEEKENDS_ONLY.equals(source);
    }
}
