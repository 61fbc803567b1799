package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.marginportal.calendar.TradingCalendar;

import org.junit.jupiter.api.Test;

/** A call is due within the advisors' hours of a trading day: found at night or on a weekend, from the next one. */
class ContactHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2027-01-01 (a Friday) a holiday; weekends closed. */
    private static final TradingCalendar CALENDAR = TradingCalendar.of(java.util.List.of(java.time.LocalDate.of(2027, 1, 1)),
            java.util.List.of(2026, 2027));
    private final ContactHours hours = new ContactHours(LocalTime.of(8, 0), LocalTime.of(21, 0), SHANGHAI,
            CALENDAR::isTradingDay);

    @Test
    void insideTheHoursNothingMoves() {
        assertThat(hours.earliest(at("2026-12-07T08:00"))).isEqualTo(at("2026-12-07T08:00"));
        assertThat(hours.earliest(at("2026-12-07T15:30"))).isEqualTo(at("2026-12-07T15:30"));
        assertThat(hours.earliest(at("2026-12-07T20:59"))).isEqualTo(at("2026-12-07T20:59"));
    }

    @Test
    void beforeTheHoursItIsTheSameMorningAndAfterThemTheNext() {
        assertThat(hours.earliest(at("2026-12-07T06:45"))).isEqualTo(at("2026-12-07T08:00"));
        assertThat(hours.earliest(at("2026-12-07T21:00"))).isEqualTo(at("2026-12-08T08:00"));
        assertThat(hours.earliest(at("2026-12-07T23:31"))).isEqualTo(at("2026-12-08T08:00"));
    }

    /** Top-ups by bank transfer and forced sales wait for a trading day: so does the call about them. */
    @Test
    void aWeekendOrHolidayCountsFromTheNextTradingMorning() {
        assertThat(hours.earliest(at("2026-12-04T22:10"))).as("Friday night").isEqualTo(at("2026-12-07T08:00"));
        assertThat(hours.earliest(at("2026-12-05T11:00"))).as("Saturday noon").isEqualTo(at("2026-12-07T08:00"));
        assertThat(hours.earliest(at("2026-12-31T21:30"))).as("New Year's Eve, the 1st a holiday")
                .isEqualTo(at("2027-01-04T08:00"));
    }

    /**
     * A span of time to call or decide counts the hours only: what is left of the day's, the rest from the next start —
     * not past their end, with an overdue escalation in the night.
     */
    @Test
    void aSpanCountsOnlyTheHours() {
        assertThat(hours.plus(at("2026-12-07T10:00"), Duration.ofHours(2))).isEqualTo(at("2026-12-07T12:00"));
        assertThat(hours.plus(at("2026-12-07T19:59"), Duration.ofHours(2))).as("61 minutes tonight, 59 tomorrow")
                .isEqualTo(at("2026-12-08T08:59"));
        assertThat(hours.plus(at("2026-12-07T20:30"), Duration.ofMinutes(30))).as("due as the hours end")
                .isEqualTo(at("2026-12-07T21:00"));
        assertThat(hours.plus(at("2026-12-04T20:45"), Duration.ofMinutes(30))).as("Friday evening: Monday")
                .isEqualTo(at("2026-12-07T08:15"));
        assertThat(hours.plus(at("2026-12-05T11:00"), Duration.ofMinutes(30))).as("Saturday: from Monday's start")
                .isEqualTo(at("2026-12-07T08:30"));
        assertThat(hours.plus(at("2026-12-07T10:00"), Duration.ofHours(14))).as("more than a day's hours")
                .isEqualTo(at("2026-12-08T11:00"));
        ContactHours always = new ContactHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, SHANGHAI, CALENDAR::isTradingDay);
        assertThat(always.plus(at("2026-12-06T23:31"), Duration.ofHours(2))).isEqualTo(at("2026-12-07T01:31"));
    }

    @Test
    void equalStartAndEndMeanRoundTheClock() {
        ContactHours always = new ContactHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, SHANGHAI, CALENDAR::isTradingDay);
        assertThat(always.earliest(at("2026-12-06T23:31"))).as("a Sunday night too").isEqualTo(at("2026-12-06T23:31"));
    }

    @Test
    void aCalendarWithoutTradingDaysDoesNotHangTheWorkflow() {
        ContactHours never = new ContactHours(LocalTime.of(8, 0), LocalTime.of(21, 0), SHANGHAI, d -> false);
        assertThat(never.earliest(at("2026-12-07T23:00"))).isEqualTo(at("2027-01-08T08:00"));
    }

    @Test
    void hoursOverMidnightAreRefused() {
        assertThatThrownBy(() -> new ContactHours(LocalTime.of(20, 0), LocalTime.of(6, 0), SHANGHAI, d -> true))
                .hasMessageContaining("no hours over midnight");
    }

    private static Instant at(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), SHANGHAI).toInstant();
    }
}
