package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** A manager decision asked for at night is due, and escalated, from the next morning's contact hours. */
class BreachSettingsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aDecisionAskedForAtNightIsDueAndEscalatedFromTheMorning() {
        BreachSettings night = settingsAt("2026-12-07T00:09");
        assertThat(night.getDecisionDue()).isEqualTo("PT8H21M"); // 08:30
        assertThat(night.getRiskOfficeDue()).isEqualTo("PT8H51M"); // 09:00
    }

    @Test
    void inTheDayItIsDueItsTimeAfterBeingAskedFor() {
        BreachSettings day = settingsAt("2026-12-07T15:40");
        assertThat(day.getDecisionDue()).isEqualTo("PT30M");
        assertThat(day.getRiskOfficeDue()).isEqualTo("PT1H");
        assertThat(day.getRetryInterval()).isEqualTo("PT30M");
    }

    /** Asked for late in the hours: due, and escalated, within the hours of the next trading morning. */
    @Test
    void aDecisionAskedForLateInTheHoursIsDueAndEscalatedInTheNextMorning() {
        BreachSettings late = settingsAt("2026-12-07T20:45");
        assertThat(late.getDecisionDueAt()).isEqualTo(java.util.Date.from(
                LocalDateTime.parse("2026-12-08T08:15").atZone(SHANGHAI).toInstant()));
        assertThat(late.getRiskOfficeDueAt()).isEqualTo(java.util.Date.from(
                LocalDateTime.parse("2026-12-08T08:45").atZone(SHANGHAI).toInstant()));
        assertThat(late.getDecisionDue()).as("the timers of older definitions").isEqualTo("PT11H30M");
        assertThat(late.getRiskOfficeDue()).isEqualTo("PT12H");
        BreachSettings lastMinutes = settingsAt("2026-12-07T20:25");
        assertThat(lastMinutes.getRiskOfficeDueAt()).as("due 20:55, the escalation the next morning")
                .isEqualTo(java.util.Date.from(LocalDateTime.parse("2026-12-08T08:25").atZone(SHANGHAI).toInstant()));
    }

    /** A client not reached late in the evening: the next call's task comes back when it can be made. */
    @Test
    void aRetryFallingInTheNightComesBackInTheMorning() {
        assertThat(settingsAt("2026-12-07T23:33").getRetryInterval()).isEqualTo("PT8H27M"); // Tuesday 08:00
        assertThat(settingsAt("2026-12-07T20:45").getRetryInterval()).as("21:15 is past the hours")
                .isEqualTo("PT11H15M");
    }

    @Test
    void aDueTimeIsNeverShortOfTheMorningByAFractionOfASecond() {
        BreachSettings night = settingsAt("2026-12-07T00:09:00.400");
        assertThat(night.getDecisionDue()).isEqualTo("PT8H21M"); // 08:30:00.4, not 08:29:59.4 (shown 08:29)
    }

    /** Decisions asked for during one night are due at the same moment, so lists can rank them by risk. */
    @Test
    void decisionsAskedForInOneNightAreDueTogether() {
        java.util.Date first = settingsAt("2026-12-07T00:09:00.400").getDecisionDueAt();
        java.util.Date second = settingsAt("2026-12-07T05:41:17.913").getDecisionDueAt();
        assertThat(first).isEqualTo(second)
                .isEqualTo(java.util.Date.from(LocalDateTime.parse("2026-12-07T08:30").atZone(SHANGHAI).toInstant()));
        assertThat(settingsAt("2026-12-07T15:40").getDecisionDueAt()).as("in the day: its time after being asked for")
                .isEqualTo(java.util.Date.from(LocalDateTime.parse("2026-12-07T16:10").atZone(SHANGHAI).toInstant()));
    }

    /**
     * One scan's decisions in the day are asked for a few seconds apart, as their processes start: due in the same
     * whole minute, as the lists show them, so the lists rank them by risk instead of by start order.
     */
    @Test
    void decisionsOfOneScanInTheDayAreDueTogetherInTheMinuteShown() {
        java.util.Date first = settingsAt("2026-12-07T09:04:12.300").getDecisionDueAt();
        java.util.Date last = settingsAt("2026-12-07T09:04:51.900").getDecisionDueAt();
        assertThat(first).isEqualTo(last).as("never earlier than its time after being asked for")
                .isEqualTo(java.util.Date.from(LocalDateTime.parse("2026-12-07T09:35").atZone(SHANGHAI).toInstant()));
    }

    private static BreachSettings settingsAt(String local) {
        WorkflowProperties properties = DefaultWorkflowProperties.withContactHours();
        Clock clock = Clock.fixed(LocalDateTime.parse(local).atZone(SHANGHAI).toInstant(), SHANGHAI);
        return new BreachSettings(properties, new CaseDueDates(DefaultWorkflowProperties::weekendsClosed, properties, clock));
    }
}
