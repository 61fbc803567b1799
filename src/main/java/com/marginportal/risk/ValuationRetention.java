package com.marginportal.risk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.marginportal.calendar.TradingCalendar;

/**
 * Which valuation runs the history keeps: every run of the last {@code everyRunTradingDays} trading days (the
 * intraday ratio chart), then the last run of each market day (the close: one row per account per day) for
 * {@code dailyMonths} months; older runs go. The newest run always stays (scans and snapshots read it).
 */
public record ValuationRetention(int everyRunTradingDays, int dailyMonths) {

    public ValuationRetention {
        if (everyRunTradingDays < 1 || dailyMonths < 1) {
            throw new IllegalArgumentException("retention must keep at least one trading day and one month");
        }
    }

    /** A run and the market (Asia/Shanghai) date it was made on. */
    public record Run(long id, LocalDate marketDate) {
    }

    /** The runs to delete today, oldest first. */
    public List<Long> runsToDelete(List<Run> runs, LocalDate today, TradingCalendar calendar) {
        LocalDate everyRunFrom = everyRunFrom(today, calendar);
        LocalDate dailyFrom = today.minusMonths(dailyMonths);
        long newest = runs.stream().mapToLong(Run::id).max().orElse(0);
        Map<LocalDate, Long> closeOfDay = new HashMap<>();
        for (Run r : runs) {
            closeOfDay.merge(r.marketDate(), r.id(), Math::max);
        }
        List<Long> delete = new ArrayList<>();
        runs.stream().sorted(java.util.Comparator.comparingLong(Run::id)).forEach(r -> {
            boolean keep = r.id() == newest || !r.marketDate().isBefore(everyRunFrom)
                    || (!r.marketDate().isBefore(dailyFrom) && closeOfDay.get(r.marketDate()) == r.id());
            if (!keep) {
                delete.add(r.id());
            }
        });
        return delete;
    }

    /** The first day of the last {@code everyRunTradingDays} trading days up to today (weekdays where no calendar is loaded). */
    LocalDate everyRunFrom(LocalDate today, TradingCalendar calendar) {
        LocalDate day = today;
        int seen = trades(day, calendar) ? 1 : 0;
        while (seen < everyRunTradingDays) {
            day = day.minusDays(1);
            if (trades(day, calendar)) {
                seen++;
            }
        }
        return day;
    }

    private static boolean trades(LocalDate day, TradingCalendar calendar) {
        if (calendar.covers(day.getYear())) {
            return calendar.isTradingDay(day);
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
