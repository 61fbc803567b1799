package com.marginportal.classification.domain.behaviour;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;

/** Counts trading days, so that holding periods read as the market counts them. */
@FunctionalInterface
public interface TradingDays {

    /** Trading days in (fromExclusive, toInclusive]: 0 for the same day, 1 from one session to the next. */
    int between(LocalDate fromExclusive, LocalDate toInclusive);

    static TradingDays of(Predicate<LocalDate> isTradingDay) {
        return (from, to) -> {
            int count = 0;
            for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                if (isTradingDay.test(day)) {
                    count++;
                }
            }
            return count;
        };
    }

    /** Monday to Friday: the fallback for years whose exchange holidays are not loaded. */
    static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static TradingDays weekdays() {
        return of(TradingDays::isWeekday);
    }
}
