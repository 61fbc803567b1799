package com.marginportal.classification.domain.behaviour;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The days analysed, both ends included. "The last n months" are whole calendar months ending with the
 * current one (to date), so every bar of a monthly chart covers one calendar month.
 */
public record AnalysisPeriod(LocalDate from, LocalDate to) {

    public AnalysisPeriod {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period needs from ≤ to: " + from + " … " + to);
        }
    }

    public static AnalysisPeriod lastMonths(LocalDate today, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1: " + months);
        }
        return new AnalysisPeriod(YearMonth.from(today).minusMonths(months - 1L).atDay(1), today);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
