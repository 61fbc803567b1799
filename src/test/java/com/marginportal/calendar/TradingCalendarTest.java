package com.marginportal.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class TradingCalendarTest {

    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    /** 2026: the weekday closures of the exchanges' notice; 2027: test data, only New Year's Day. */
    private static final TradingCalendar CALENDAR = TradingCalendar.of(List.of(
            d("2026-01-01"), d("2026-01-02"),
            d("2026-02-16"), d("2026-02-17"), d("2026-02-18"), d("2026-02-19"), d("2026-02-20"), d("2026-02-23"),
            d("2026-04-06"), d("2026-05-01"), d("2026-05-04"), d("2026-05-05"), d("2026-06-19"), d("2026-09-25"),
            d("2026-10-01"), d("2026-10-02"), d("2026-10-05"), d("2026-10-06"), d("2026-10-07"),
            d("2027-01-01")), Set.of(2026, 2027));

    @Test
    void weekendsNeverTrade() {
        assertThat(CALENDAR.isTradingDay(d("2026-11-27"))).isTrue();   // Friday
        assertThat(CALENDAR.isTradingDay(d("2026-11-28"))).isFalse();  // Saturday
        assertThat(CALENDAR.isTradingDay(d("2026-11-29"))).isFalse();  // Sunday
        assertThat(CALENDAR.nextTradingDay(d("2026-11-27"))).isEqualTo(d("2026-11-30"));
        assertThat(CALENDAR.previousTradingDay(d("2026-11-30"))).isEqualTo(d("2026-11-27"));
    }

    @Test
    void makeUpWorkingWeekendsStayClosed() {
        assertThat(CALENDAR.isTradingDay(d("2026-10-10"))).isFalse();  // a working Saturday, but no trading
        assertThat(CALENDAR.isTradingDay(d("2026-02-14"))).isFalse();
    }

    @Test
    void theNationalDayWeekIsSkipped() {
        assertThat(CALENDAR.isTradingDay(d("2026-10-05"))).isFalse();
        assertThat(CALENDAR.nextTradingDay(d("2026-09-30"))).isEqualTo(d("2026-10-08"));
        assertThat(CALENDAR.previousTradingDay(d("2026-10-08"))).isEqualTo(d("2026-09-30"));
        assertThat(CALENDAR.plusTradingDays(d("2026-09-29"), 2)).isEqualTo(d("2026-10-08"));
        assertThat(CALENDAR.tradingDaysBetween(d("2026-09-30"), d("2026-10-09"))).isEqualTo(2);
        assertThat(CALENDAR.tradingDaysBetween(d("2026-09-24"), d("2026-10-12"))).isEqualTo(6);
    }

    @Test
    void nextAndPreviousAreStrict() {
        assertThat(CALENDAR.nextTradingDay(d("2026-11-25"))).isEqualTo(d("2026-11-26"));
        assertThat(CALENDAR.previousTradingDay(d("2026-11-25"))).isEqualTo(d("2026-11-24"));
        assertThat(CALENDAR.tradingDaysBetween(d("2026-11-25"), d("2026-11-25"))).isZero();
    }

    @Test
    void theYearEndRollsIntoTheNextYear() {
        assertThat(CALENDAR.nextTradingDay(d("2026-12-31"))).isEqualTo(d("2027-01-04"));
        assertThat(CALENDAR.previousTradingDay(d("2027-01-04"))).isEqualTo(d("2026-12-31"));
        assertThat(CALENDAR.plusTradingDays(d("2026-12-30"), 2)).isEqualTo(d("2027-01-04"));
        assertThat(CALENDAR.tradingDaysBetween(d("2026-12-30"), d("2027-01-05"))).isEqualTo(3);
    }

    @Test
    void zeroTradingDaysIsTheDayItselfOrTheNextTradingDay() {
        assertThat(CALENDAR.plusTradingDays(d("2026-11-27"), 0)).isEqualTo(d("2026-11-27"));
        assertThat(CALENDAR.plusTradingDays(d("2026-11-28"), 0)).isEqualTo(d("2026-11-30"));
        assertThat(CALENDAR.plusTradingDays(d("2026-10-01"), 0)).isEqualTo(d("2026-10-08"));
    }

    @Test
    void aDeadlineAfterTheCloseCountsFromThatDay() {
        assertThat(CALENDAR.deadline(shanghai("2026-11-27T16:00"), 2))
                .isEqualTo(ZonedDateTime.of(d("2026-12-01"), LocalTime.of(15, 0), ZoneId.of("Asia/Shanghai")));
        assertThat(CALENDAR.deadline(shanghai("2026-11-27T16:00"), 2).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-12-01T15:00+08:00"));
    }

    @Test
    void aDeadlineBeforeTheCloseCountsFromThatDayToo() {
        assertThat(CALENDAR.deadline(shanghai("2026-11-27T10:00"), 2).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-12-01T15:00+08:00"));
    }

    @Test
    void aDeadlineFromAWeekendCountsFromTheLastClose() {
        assertThat(CALENDAR.deadline(shanghai("2026-11-28T09:00"), 2).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-12-01T15:00+08:00"));
        assertThat(CALENDAR.deadline(shanghai("2026-11-29T23:59"), 1).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-11-30T15:00+08:00"));
        // base day 30 September: the next two trading days come after the National Day week
        assertThat(CALENDAR.deadline(shanghai("2026-10-05T12:00"), 2).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-10-09T15:00+08:00"));
    }

    @Test
    void aDeadlineUsesTheMarketDateNotTheUtcDate() {
        // 17:00 UTC on Friday is 01:00 on Saturday in Shanghai; 20:00 UTC on Thursday is Friday 04:00
        assertThat(CALENDAR.deadline(Instant.parse("2026-11-27T17:00:00Z"), 2).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-12-01T15:00+08:00"));
        assertThat(CALENDAR.deadline(Instant.parse("2026-11-26T20:00:00Z"), 1).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-11-30T15:00+08:00"));
    }

    @Test
    void aDeadlineOfZeroDaysIsTheBaseDaysClose() {
        assertThat(CALENDAR.deadline(shanghai("2026-11-27T16:00"), 0).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-11-27T15:00+08:00"));
        assertThat(CALENDAR.deadline(shanghai("2026-11-28T16:00"), 0).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-11-27T15:00+08:00"));
    }

    @Test
    void negativeTradingDaysAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.plusTradingDays(d("2026-11-27"), -1));
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.deadline(shanghai("2026-11-27T16:00"), -1));
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.tradingDaysBetween(d("2026-11-27"), d("2026-11-26")));
    }

    @Test
    void aYearThatWasNotLoadedIsAnErrorNamingTheYear() {
        assertThatIllegalStateException().isThrownBy(() -> CALENDAR.isTradingDay(d("2028-03-01")))
                .withMessageContaining("2028");
        assertThatIllegalStateException().isThrownBy(() -> CALENDAR.nextTradingDay(d("2027-12-31")))
                .withMessageContaining("2028");
        assertThatIllegalStateException().isThrownBy(() -> CALENDAR.previousTradingDay(d("2026-01-05")))
                .withMessageContaining("2025");
        assertThatIllegalStateException().isThrownBy(() -> CALENDAR.deadline(shanghai("2027-12-30T16:00"), 2))
                .withMessageContaining("2028");
    }

    @Test
    void aYearLoadedWithoutHolidaysHasOnlyWeekends() {
        TradingCalendar weekendsOnly = TradingCalendar.of(Set.of(), Set.of(2030));
        assertThat(weekendsOnly.isTradingDay(d("2030-10-01"))).isTrue();
        assertThat(weekendsOnly.tradingDaysBetween(d("2030-09-30"), d("2030-10-07"))).isEqualTo(5);
        assertThat(weekendsOnly.covers(2030)).isTrue();
        assertThat(weekendsOnly.covers(2031)).isFalse();
    }

    @Test
    void aDeadlineFromAHolidayDoesNotNeedThePreviousYear() {
        // 1 January 2026 is a holiday and 2025 is not loaded; counting forward is enough
        assertThat(CALENDAR.deadline(shanghai("2026-01-01T10:00"), 1).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-01-05T15:00+08:00"));
        assertThatIllegalStateException().isThrownBy(() -> CALENDAR.deadline(shanghai("2026-01-01T10:00"), 0))
                .withMessageContaining("2025");
    }

    @Test
    void closeAndZoneAreParameters() {
        TradingCalendar other = new TradingCalendar(Set.of(), Set.of(2026), LocalTime.of(16, 0), ZoneId.of("Asia/Hong_Kong"));
        assertThat(other.deadline(Instant.parse("2026-11-27T08:30:00Z"), 1).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-11-30T16:00+08:00"));
    }

    @Test
    void holidaysMustLieInCoveredYears() {
        assertThatIllegalArgumentException().isThrownBy(() -> TradingCalendar.of(Set.of(d("2028-01-03")), Set.of(2027)))
                .withMessageContaining("2028-01-03");
    }

    @Test
    void aHolidayNeedsADateAndAShortName() {
        assertThat(new Holiday(d("2026-10-01"), " 国庆节 ").name()).isEqualTo("国庆节");
        assertThatIllegalArgumentException().isThrownBy(() -> new Holiday(d("2026-10-01"), " "))
                .withMessageContaining("2026-10-01");
        assertThatIllegalArgumentException().isThrownBy(() -> new Holiday(d("2026-10-01"), "x".repeat(61)));
        assertThatNullPointerException().isThrownBy(() -> new Holiday(null, "x"));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(SHANGHAI);
    }
}
