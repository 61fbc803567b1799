package com.marginportal.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.function.Supplier;

import com.marginportal.calendar.TradingCalendar;
import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.risk.domain.BreachLevel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Due dates of the breach workflow: contact urgency per level and the top-up deadline in trading days. */
@Component
class CaseDueDates {

    private final Supplier<TradingCalendar> calendars;
    private final WorkflowProperties properties;
    private final Clock clock;

    @Autowired
    CaseDueDates(TradingCalendarService calendars, WorkflowProperties properties, Clock clock) {
        this(calendars::calendar, properties, clock);
    }

    /** @param calendars the trading calendar in force when asked (it changes when a year's holidays are imported) */
    CaseDueDates(Supplier<TradingCalendar> calendars, WorkflowProperties properties, Clock clock) {
        this.calendars = calendars;
        this.properties = properties;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Warning: the close of the current trading day (the next one after today's close); else a fixed time, counted
     * from the next start of the contact hours for a breach found outside them.
     */
    Instant contactDue(BreachLevel level, Instant from) {
        return switch (level) {
            case WARNING -> endOfTradingDay(from);
            case MARGIN_CALL -> contactFrom(from).plus(properties.marginCallContactDue());
            case LIQUIDATION -> contactFrom(from).plus(properties.liquidationContactDue());
        };
    }

    /** When a call planned for {@code at} can be made: at once within the contact hours, else when they next start. */
    Instant contactFrom(Instant at) {
        return hours().earliest(at);
    }

    private ContactHours hours() {
        return new ContactHours(properties.contactHoursStart(), properties.contactHoursEnd(),
                com.marginportal.TimeConfiguration.MARKET_ZONE, day -> calendars.get().isTradingDay(day)); // read if asked
    }

    /** Market close of the n-th trading day after detection. */
    ZonedDateTime topUpDeadline(Instant detectedAt, int tradingDays) {
        return calendars.get().deadline(detectedAt, tradingDays);
    }

    private Instant endOfTradingDay(Instant from) {
        TradingCalendar calendar = calendars.get();
        Instant today = calendar.deadline(from, 0).toInstant();
        return today.isAfter(from) ? today : calendar.deadline(from, 1).toInstant();
    }
}
