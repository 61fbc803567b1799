package com.marginportal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.marginportal.calendar.TradingCalendar;

import org.junit.jupiter.api.Test;

/** When a month's reports are due, and the month's bounds in Beijing time. */
class ReportPeriodTest {

    // the 2026 National Day closure: 1, 2, 5, 6, 7 October (3 and 4 are a weekend)
    private static final TradingCalendar CALENDAR = TradingCalendar.of(List.of(LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            List.of(2026));

    @Test
    void dueFromTheFirstTradingDayOfTheFollowingMonth() {
        assertThat(due("2026-10-05")).as("a holiday").isEmpty();
        assertThat(due("2026-10-07")).isEmpty();
        assertThat(due("2026-10-08")).as("first trading day of October").contains(YearMonth.of(2026, 9));
        assertThat(due("2026-10-09")).as("catching up later in the month").contains(YearMonth.of(2026, 9));
        assertThat(due("2026-10-10")).as("a Saturday").isEmpty();
        assertThat(due("2026-12-01")).contains(YearMonth.of(2026, 11));
        assertThat(due("2026-11-01")).as("a Sunday").isEmpty();
        assertThat(due("2026-11-02")).contains(YearMonth.of(2026, 10));
    }

    @Test
    void aMonthRunsFromMidnightToMidnightBeijingTime() {
        ReportPeriod november = new ReportPeriod(YearMonth.of(2026, 11));
        assertThat(november.start()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(november.end()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    }

    private static java.util.Optional<YearMonth> due(String day) {
        return ReportPeriod.dueOn(LocalDate.parse(day), CALENDAR::isTradingDay).map(ReportPeriod::month);
    }
}
