package com.marginportal.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
     * Warning: the close of the current trading day (the next one after today's close), but never sooner than a margin
     * call found at the same moment — a warning found at 14:58 is due at 16:58, not overdue (and its managers told) at
     * 15:00; else a fixed time, counted from the next start of the contact hours for a breach found outside them.
     */
    Instant contactDue(BreachLevel level, Instant from) {
        return switch (level) {
            case WARNING -> latest(endOfTradingDay(from), contactDue(BreachLevel.MARGIN_CALL, from));
            case MARGIN_CALL -> withinContactHours(from, properties.marginCallContactDue());
            case LIQUIDATION -> withinContactHours(from, properties.liquidationContactDue());
        };
    }

    /**
     * The contact due of a breach found at {@code detected} whose task is created now: as found, so one scan's cases
     * are due together however long their starts take; but never already past when the task is created. A warning
     * found at 14:58 whose start runs at 15:01 (a crash day's queue, a start the reconciler makes later) is due at the
     * next close, not at the one that has gone: its overdue escalation would reach the managers at once, for a call
     * nobody could have made.
     */
    Instant contactDue(BreachLevel level, Instant detected, Instant now) {
        Instant due = contactDue(level, detected);
        return due.isAfter(now) ? due : contactDue(level, now);
    }

    /**
     * When a client not reached is called again: after the retry interval, within the contact hours; a margin call's
     * (or liquidation's) never after its top-up deadline, on which the managers decide instead (docs/workflow.md).
     */
    Instant retryAt(BreachLevel level, Instant deadline, Instant now) {
        Instant next = contactFrom(now.plus(properties.contactRetryInterval()));
        if (level == BreachLevel.WARNING || deadline == null || !deadline.isBefore(next)) {
            return next;
        }
        return deadline.isAfter(now) ? deadline : now;
    }

    /** {@code span} of the contact hours from {@code from} ({@link ContactHours#plus}): never due in the night. */
    Instant withinContactHours(Instant from, java.time.Duration span) {
        return hours().plus(from, span);
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

    /**
     * An extension's new deadline for the day a manager chose: its market close, as every top-up deadline is. Refused
     * (nothing changed) for a day that does not trade, a year the calendar does not cover, a close already past, or
     * one not after the case's {@code current} deadline (null: none held): the client is told the deadline was
     * extended, so it must be later, never earlier.
     */
    Instant extensionDeadline(LocalDate day, Instant current) {
        TradingCalendar calendar = calendars.get();
        if (!calendar.covers(day.getYear())) {
            throw new CaseActionException("calendarNotCovered", day, day.getYear());
        }
        if (!calendar.isTradingDay(day)) {
            throw new CaseActionException("notTradingDay", day);
        }
        Instant close = ZonedDateTime.of(day, calendar.marketClose(), calendar.marketZone()).toInstant();
        if (!close.isAfter(now())) {
            throw new CaseActionException("deadlineInPast");
        }
        if (current != null && !close.isAfter(current)) {
            throw new CaseActionException("notLater", day, com.marginportal.security.AuditText.time(current));
        }
        return close;
    }

    /**
     * The top-up deadline the client holds in writing, which an extension may only move later: a margin call's (its
     * notice, or an extension since, stated it); none for a liquidation not yet extended — its notice said the
     * account may be liquidated without further notice, so any close to come gives the client time.
     */
    static Instant toldDeadline(java.util.function.Function<String, Object> variable) {
        boolean told = BreachLevel.MARGIN_CALL.name().equals(variable.apply(ProcessVariables.LEVEL))
                || BreachSettings.count(variable.apply(ProcessVariables.EXTENSIONS)) > 0;
        return told && variable.apply(ProcessVariables.DEADLINE) instanceof java.util.Date d ? d.toInstant() : null;
    }

    /** Refuses a new deadline that is not what {@link #extensionDeadline} gives for its day. */
    void requireExtensionDeadline(Instant deadline, Instant current) {
        if (deadline == null) {
            throw new CaseActionException("deadlineRequired");
        }
        LocalDate day = deadline.atZone(calendars.get().marketZone()).toLocalDate();
        if (!extensionDeadline(day, current).equals(deadline)) {
            throw new CaseActionException("notAtClose", day);
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private Instant endOfTradingDay(Instant from) {
        TradingCalendar calendar = calendars.get();
        Instant today = calendar.deadline(from, 0).toInstant();
        return today.isAfter(from) ? today : calendar.deadline(from, 1).toInstant();
    }
}
