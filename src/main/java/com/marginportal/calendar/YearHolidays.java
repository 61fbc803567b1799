package com.marginportal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The complete holiday list of one year and where it comes from, checked before anything is written:
 * every date lies in that year, on a weekday, once.
 */
record YearHolidays(int year, List<Holiday> holidays, String source) {

    /** The startup loader's placeholder of earlier releases; replaced by {@link #provisional} at the next start. */
    static final String WEEKENDS_ONLY = "weekends only — no published holiday list shipped";
    static final String STATUTORY_ONLY = "weekends and fixed-date statutory holidays only — no published list shipped";
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

    /**
     * A year covered before the exchanges publish its list: weekends, and the statutory holidays whose date is fixed
     * by law (元旦 1 January, 劳动节 1-2 May, 国庆节 1-3 October, 《全国年节及纪念日放假办法》), on which the exchanges
     * never trade. The lunar holidays and the bridge days are not known until the list: the year stays provisional.
     */
    static YearHolidays provisional(int year) {
        List<Holiday> fixed = Stream.of(fixed(year, 1, 1, "元旦"), fixed(year, 5, 1, "劳动节"), fixed(year, 5, 2, "劳动节"),
                        fixed(year, 10, 1, "国庆节"), fixed(year, 10, 2, "国庆节"), fixed(year, 10, 3, "国庆节"))
                .filter(h -> h.date().getDayOfWeek() != DayOfWeek.SATURDAY && h.date().getDayOfWeek() != DayOfWeek.SUNDAY)
                .toList();
        return new YearHolidays(year, fixed, STATUTORY_ONLY);
    }

    private static Holiday fixed(int year, int month, int day, String name) {
        return new Holiday(LocalDate.of(year, month, day), name);
    }

    /** Covered by a placeholder of the startup loader (today's, or the weekends-only one of earlier releases). */
    static boolean isProvisional(String source) {
        return WEEKENDS_ONLY.equals(source) || STATUTORY_ONLY.equals(source);
    }

    boolean isProvisional() {
        return isProvisional(source);
    }
}
