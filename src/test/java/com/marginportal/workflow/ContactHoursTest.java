package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/** A call is due within the advisors' hours: a breach found at night counts from the next morning. */
class ContactHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ContactHours hours = new ContactHours(LocalTime.of(8, 0), LocalTime.of(21, 0), SHANGHAI);

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
        assertThat(hours.earliest(at("2026-12-06T23:31"))).isEqualTo(at("2026-12-07T08:00"));
    }

    @Test
    void equalStartAndEndMeanRoundTheClock() {
        ContactHours always = new ContactHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, SHANGHAI);
        assertThat(always.earliest(at("2026-12-06T23:31"))).isEqualTo(at("2026-12-06T23:31"));
    }

    @Test
    void hoursOverMidnightAreRefused() {
        assertThatThrownBy(() -> new ContactHours(LocalTime.of(20, 0), LocalTime.of(6, 0), SHANGHAI))
                .hasMessageContaining("no hours over midnight");
    }

    private static Instant at(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), SHANGHAI).toInstant();
    }
}
