package com.marginportal.service.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.marginportal.calendar.TradingCalendar;

import org.junit.jupiter.api.Test;

/** Due times of service requests: trading days per type, counted from the end of the service day (17:00 Shanghai). */
class DueDateRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The 2026 National Day closure: 1, 2, 5, 6, 7 October (3 and 4 are a weekend). */
    private static final TradingCalendar CALENDAR = TradingCalendar.of(List.of(LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            List.of(2026, 2027));
    private static final DueDateRule RULE = new DueDateRule(Map.of(RequestType.COMPLAINT, 1, RequestType.INFORMATION, 2,
            RequestType.PRODUCT, 3, RequestType.ACCOUNT_CHANGE, 3, RequestType.OTHER, 5), LocalTime.of(17, 0));

    @Test
    void aComplaintOnMondayMorningIsDueTuesdayAtTheEndOfTheServiceDay() {
        assertThat(due("2026-11-30T10:00", RequestType.COMPLAINT)).isEqualTo(at("2026-12-01T17:00"));
        assertThat(due("2026-11-30T10:00", RequestType.INFORMATION)).isEqualTo(at("2026-12-02T17:00"));
        assertThat(due("2026-11-30T10:00", RequestType.OTHER)).as("over the weekend").isEqualTo(at("2026-12-07T17:00"));
    }

    @Test
    void complaintsAreDueBeforeEveryOtherType() {
        for (RequestType type : RequestType.values()) {
            if (type != RequestType.COMPLAINT) {
                assertThat(due("2026-11-30T10:00", RequestType.COMPLAINT)).as(type.name())
                        .isBefore(due("2026-11-30T10:00", type));
            }
        }
    }

    @Test
    void aRequestAtOrAfterTheEndOfTheServiceDayCountsFromTheNextTradingDay() {
        assertThat(due("2026-11-30T16:59:59", RequestType.COMPLAINT)).isEqualTo(at("2026-12-01T17:00"));
        assertThat(due("2026-11-30T17:00", RequestType.COMPLAINT)).isEqualTo(at("2026-12-02T17:00"));
        assertThat(due("2026-11-27T18:30", RequestType.COMPLAINT)).as("Friday evening").isEqualTo(at("2026-12-01T17:00"));
        assertThat(due("2026-11-28T11:00", RequestType.COMPLAINT)).as("Saturday").isEqualTo(at("2026-12-01T17:00"));
    }

    @Test
    void exchangeHolidaysDoNotCount() {
        assertThat(due("2026-09-30T10:00", RequestType.COMPLAINT)).isEqualTo(at("2026-10-08T17:00"));
        assertThat(due("2026-10-03T10:00", RequestType.INFORMATION)).as("counted from the 8th, as if received then")
                .isEqualTo(at("2026-10-12T17:00"));
    }

    @Test
    void zeroDaysMeansTodayWhileThereIsTimeLeft() {
        Map<RequestType, Integer> days = new EnumMap<>(RULE.tradingDays());
        days.put(RequestType.COMPLAINT, 0);
        DueDateRule sameDay = new DueDateRule(days, LocalTime.of(17, 0));
        assertThat(sameDay.due(instant("2026-11-30T09:00").toInstant(), RequestType.COMPLAINT, CALENDAR)).isEqualTo(at("2026-11-30T17:00"));
        assertThat(sameDay.due(instant("2026-11-30T17:30").toInstant(), RequestType.COMPLAINT, CALENDAR)).isEqualTo(at("2026-12-01T17:00"));
    }

    @Test
    void everyTypeNeedsItsDaysAndNoneMayBeNegative() {
        assertThatThrownBy(() -> new DueDateRule(Map.of(RequestType.COMPLAINT, 1), LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INFORMATION");
        Map<RequestType, Integer> days = new EnumMap<>(RULE.tradingDays());
        days.put(RequestType.OTHER, -1);
        assertThatThrownBy(() -> new DueDateRule(days, LocalTime.NOON)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theClockOfTheCallerDecidesNothingButTheInstant() {
        Clock utcClock = Clock.fixed(instant("2026-11-30T10:00").toInstant(), ZoneId.of("UTC"));
        assertThat(RULE.due(utcClock.instant(), RequestType.COMPLAINT, CALENDAR)).isEqualTo(at("2026-12-01T17:00"));
    }

    private static ZonedDateTime due(String shanghaiTime, RequestType type) {
        return RULE.due(instant(shanghaiTime).toInstant(), type, CALENDAR);
    }

    private static ZonedDateTime instant(String shanghaiTime) {
        return java.time.LocalDateTime.parse(shanghaiTime).atZone(SHANGHAI);
    }

    private static ZonedDateTime at(String shanghaiTime) {
        return instant(shanghaiTime);
    }
}
