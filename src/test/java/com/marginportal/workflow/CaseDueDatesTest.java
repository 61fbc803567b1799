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

    /** Found late in the hours: the time to call runs on in the next trading morning's hours, not into the night. */
    @Test
    void aBreachFoundLateInTheHoursIsDueInTheNextMorningsHours() {
        assertThat(dueDates.contactDue(BreachLevel.MARGIN_CALL, at("2026-12-07T19:59"))).isEqualTo(at("2026-12-08T08:59"));
        assertThat(dueDates.contactDue(BreachLevel.LIQUIDATION, at("2026-12-04T20:45"))).as("a Friday evening")
                .isEqualTo(at("2026-12-07T08:15"));
        assertThat(dueDates.contactDue(BreachLevel.WARNING, at("2026-12-07T19:59"))).as("the next close")
                .isEqualTo(at("2026-12-08T15:00"));
    }

    @Test
    void inTheDayItIsDueItsTimeAfterTheBreach() {
        assertThat(dueDates.contactDue(BreachLevel.MARGIN_CALL, at("2026-12-07T15:30"))).isEqualTo(at("2026-12-07T17:30"));
        assertThat(dueDates.contactDue(BreachLevel.LIQUIDATION, at("2026-12-07T10:00"))).isEqualTo(at("2026-12-07T10:30"));
    }

    /**
     * A warning is due at the close of its trading day, but never sooner than a margin call found with it: one found
     * two minutes before the close is not overdue (and its managers told) two minutes later.
     */
    @Test
    void aWarningIsDueAtTheCloseButNeverSoonerThanAMarginCall() {
        assertThat(dueDates.contactDue(BreachLevel.WARNING, at("2026-12-07T10:00"))).isEqualTo(at("2026-12-07T15:00"));
        assertThat(dueDates.contactDue(BreachLevel.WARNING, at("2026-12-07T14:58"))).isEqualTo(at("2026-12-07T16:58"));
        assertThat(dueDates.contactDue(BreachLevel.WARNING, at("2026-12-07T15:05"))).as("after the close: the next one")
                .isEqualTo(at("2026-12-08T15:00"));
    }

    @Test
    void aCallPlannedForTheNightIsMadeInTheMorning() {
        assertThat(dueDates.contactFrom(at("2026-12-07T00:03"))).isEqualTo(at("2026-12-07T08:00"));
        assertThat(dueDates.contactFrom(at("2026-12-07T14:03"))).isEqualTo(at("2026-12-07T14:03"));
    }

    /** Sunday 6 December 2026, 10:00 in Shanghai: the next trading day is Monday the 7th. */
    private final CaseDueDates onSunday = new CaseDueDates(DefaultWorkflowProperties::weekendsClosed,
            DefaultWorkflowProperties.withContactHours(), Clock.fixed(at("2026-12-06T10:00"), SHANGHAI));

    @Test
    void anExtensionRunsToTheCloseOfTheTradingDayChosen() {
        assertThat(onSunday.extensionDeadline(java.time.LocalDate.of(2026, 12, 8), null)).isEqualTo(at("2026-12-08T15:00"));
        onSunday.requireExtensionDeadline(at("2026-12-08T15:00"), null);
    }

    /** The client is told the deadline was extended: a close not after the one she holds would shorten it. */
    @Test
    void anExtensionOnlyMovesTheDeadlineTheClientHoldsLater() {
        Instant held = at("2026-12-09T15:00");
        assertThat(refusal(() -> onSunday.extensionDeadline(java.time.LocalDate.of(2026, 12, 8), held))).isEqualTo("notLater");
        assertThat(refusal(() -> onSunday.extensionDeadline(java.time.LocalDate.of(2026, 12, 9), held))).isEqualTo("notLater");
        assertThat(refusal(() -> onSunday.requireExtensionDeadline(at("2026-12-08T15:00"), held))).isEqualTo("notLater");
        assertThat(onSunday.extensionDeadline(java.time.LocalDate.of(2026, 12, 10), held)).isEqualTo(at("2026-12-10T15:00"));
    }

    /**
     * A margin call's deadline was stated to the client, and so was any extension's; a liquidation's notice named none
     * (the account may be liquidated without further notice), so any close to come is more time.
     */
    @Test
    void theDeadlineTheClientHoldsIsAMarginCallsOrAnExtensions() {
        java.util.Date deadline = java.util.Date.from(at("2026-12-09T15:00"));
        assertThat(CaseDueDates.toldDeadline(java.util.Map.<String, Object>of("level", "MARGIN_CALL", "deadline", deadline)::get))
                .isEqualTo(deadline.toInstant());
        assertThat(CaseDueDates.toldDeadline(java.util.Map.<String, Object>of("level", "LIQUIDATION", "deadline", deadline)::get))
                .isNull();
        assertThat(CaseDueDates.toldDeadline(java.util.Map.<String, Object>of("level", "LIQUIDATION", "deadline", deadline,
                "extensions", 1)::get)).isEqualTo(deadline.toInstant());
    }

    @Test
    void anExtensionToADayThatDoesNotTradeOrIsPastOrUnknownIsRefusedInWords() {
        assertThat(refusal(() -> onSunday.extensionDeadline(java.time.LocalDate.of(2026, 12, 12), null))).isEqualTo("notTradingDay");
        assertThat(refusal(() -> onSunday.extensionDeadline(java.time.LocalDate.of(2026, 12, 4), null))).isEqualTo("deadlineInPast");
        assertThat(refusal(() -> onSunday.extensionDeadline(java.time.LocalDate.of(2028, 1, 4), null)))
                .as("holidays of 2028 not imported").isEqualTo("calendarNotCovered");
        assertThat(refusal(() -> onSunday.requireExtensionDeadline(at("2026-12-08T10:00"), null))).isEqualTo("notAtClose");
        assertThat(refusal(() -> onSunday.requireExtensionDeadline(null, null))).isEqualTo("deadlineRequired");
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (CaseActionException refused) {
            return refused.reason();
        }
        throw new AssertionError("not refused");
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }
}
