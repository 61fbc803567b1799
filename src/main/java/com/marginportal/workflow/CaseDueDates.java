package com.marginportal.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;

import com.marginportal.calendar.TradingCalendar;
import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.risk.domain.BreachLevel;

import org.springframework.stereotype.Component;

/** Due dates of the breach workflow: contact urgency per level and the top-up deadline in trading days. */
@Component
class CaseDueDates {

    private final TradingCalendarService calendars;
    private final WorkflowProperties properties;
    private final Clock clock;

    CaseDueDates(TradingCalendarService calendars, WorkflowProperties properties, Clock clock) {
        this.calendars = calendars;
        this.properties = properties;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** Warning: the close of the current trading day (the next one after today's close); else a fixed time. */
    Instant contactDue(BreachLevel level, Instant from) {
        return switch (level) {
            case WARNING -> endOfTradingDay(from);
            case MARGIN_CALL -> from.plus(properties.marginCallContactDue());
            case LIQUIDATION -> from.plus(properties.liquidationContactDue());
        };
    }

    /** Market close of the n-th trading day after detection. */
    ZonedDateTime topUpDeadline(Instant detectedAt, int tradingDays) {
        return calendars.calendar().deadline(detectedAt, tradingDays);
    }

    private Instant endOfTradingDay(Instant from) {
        TradingCalendar calendar = calendars.calendar();
        Instant today = calendar.deadline(from, 0).toInstant();
        return today.isAfter(from) ? today : calendar.deadline(from, 1).toInstant();
    }
}
