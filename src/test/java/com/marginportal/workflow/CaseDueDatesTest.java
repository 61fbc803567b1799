package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.marginportal.risk.domain.BreachLevel;

import org.junit.jupiter.api.Test;

/** A margin call found late in the evening is due two hours into the next morning's contact hours, not at 01:31. */
class CaseDueDatesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final CaseDueDates dueDates = new CaseDueDates(DefaultWorkflowProperties::weekendsClosed,
            DefaultWorkflowProperties.withContactHours(), Clock.system(SHANGHAI));

    @Test
    void aMarginCallOrLiquidationAtNightIsDueInTheMorning() {
        assertThat(dueDates.contactDue(BreachLevel.MARGIN_CALL, at("2026-12-06T23:31"))).isEqualTo(at("2026-12-07T10:00"));
        assertThat(dueDates.contactDue(BreachLevel.LIQUIDATION, at("2026-12-07T05:10"))).isEqualTo(at("2026-12-07T08:30"));
    }

    @Test
    void inTheDayItIsDueItsTimeAfterTheBreach() {
        assertThat(dueDates.contactDue(BreachLevel.MARGIN_CALL, at("2026-12-07T15:30"))).isEqualTo(at("2026-12-07T17:30"));
        assertThat(dueDates.contactDue(BreachLevel.LIQUIDATION, at("2026-12-07T10:00"))).isEqualTo(at("2026-12-07T10:30"));
    }

    @Test
    void aCallPlannedForTheNightIsMadeInTheMorning() {
        assertThat(dueDates.contactFrom(at("2026-12-07T00:03"))).isEqualTo(at("2026-12-07T08:00"));
        assertThat(dueDates.contactFrom(at("2026-12-07T14:03"))).isEqualTo(at("2026-12-07T14:03"));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }
}
