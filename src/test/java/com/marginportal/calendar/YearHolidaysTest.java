package com.marginportal.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A year covered before the exchanges publish its list: what is certain about it, and only that. */
class YearHolidaysTest {

    @Test
    void aMarginCallOnTheEveOfAnUnpublishedYearIsNotDueOnNewYearsDay() {
        Set<LocalDate> holidays = new HashSet<>(dates(HolidaySeed.shipped().get(2026)));
        holidays.addAll(dates(YearHolidays.provisional(2027)));
        TradingCalendar calendar = TradingCalendar.of(holidays, Set.of(2026, 2027));

        ZonedDateTime deadline = calendar.deadline(Instant.parse("2026-12-30T02:00:00Z"), 2);

        // Thursday 31 December, then Friday 1 January is closed: the second trading day is Monday 4 January
        assertThat(deadline.toLocalDate()).isEqualTo(LocalDate.parse("2027-01-04"));
    }

    @Test
    void onlyTheStatutoryHolidaysWithAFixedDateThatFallOnWeekdays() {
        assertThat(dates(YearHolidays.provisional(2027))).containsExactly(LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-10-01")); // 1-2 May and 2-3 October 2027 are a Saturday and a Sunday
        assertThat(YearHolidays.provisional(2027).isProvisional()).isTrue();
    }

    @Test
    void everyProvisionalClosureIsOneTheExchangesAnnounced() {
        HolidaySeed.shipped().forEach((year, published) ->
                assertThat(dates(published)).as("%d", year).containsAll(dates(YearHolidays.provisional(year))));
    }

    private static List<LocalDate> dates(YearHolidays year) {
        return year.holidays().stream().map(Holiday::date).toList();
    }
}
