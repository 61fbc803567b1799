package com.marginportal.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The month a report covers, and when it is due: from the first trading day of the following month on (a node
 * that was down that day catches up on the next trading day). Plain Java.
 */
record ReportPeriod(YearMonth month) {

    static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");

    /** The previous month's reports when today trades and is not before this month's first trading day. */
    static Optional<ReportPeriod> dueOn(LocalDate today, Predicate<LocalDate> isTradingDay) {
        LocalDate first = today.withDayOfMonth(1);
        while (!isTradingDay.test(first)) {
            first = first.plusDays(1);
        }
        return isTradingDay.test(today) && !today.isBefore(first)
                ? Optional.of(new ReportPeriod(YearMonth.from(today).minusMonths(1)))
                : Optional.empty();
    }

    /** Midnight on the 1st, Beijing time. */
    Instant start() {
        return month.atDay(1).atStartOfDay(MARKET_ZONE).toInstant();
    }

    /** Midnight on the 1st of the next month (exclusive). */
    Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(MARKET_ZONE).toInstant();
    }
}
