package com.marginportal.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Years that deadlines may soon reach but whose exchange holidays the calendar does not fully know: covered by the
 * startup placeholder (weekends and the fixed-date statutory holidays, {@link YearHolidays#provisional}) or not
 * covered at all. A top-up deadline or an extension counted into such a year takes its lunar holidays and bridge
 * days for trading days, and a notice would state a date the exchanges' list may contradict, so managers and admins
 * are told until the list is imported.
 *
 * @param years in order; empty when every year within reach has its list
 */
public record ProvisionalYears(List<Integer> years) {

    /**
     * How far ahead a deadline can reach: a top-up deadline is a few trading days, an extension a manager's chosen
     * day soon after; a month covers both with room, and gives the admins the exchanges' December publication.
     */
    static final Period REACH = Period.ofMonths(1);

    public ProvisionalYears {
        years = List.copyOf(years);
    }

    /** The years from {@code today}'s to that of {@code today} + {@link #REACH} without a loaded exchange list. */
    static ProvisionalYears of(LocalDate today, Collection<Integer> covered, Collection<Integer> placeholders) {
        return new ProvisionalYears(IntStream.rangeClosed(today.getYear(), today.plus(REACH).getYear()).boxed()
                .filter(year -> !covered.contains(year) || placeholders.contains(year)).toList());
    }

    public boolean any() {
        return !years.isEmpty();
    }
}
