package com.marginportal.service.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import com.marginportal.calendar.TradingCalendar;

/**
 * The timing part of a contact plan: contact every {@code intervalDays} calendar days (counted on Shanghai dates,
 * so a daily run at 08:00 finds a contact of last week's same day due), and optionally only while the maintenance
 * ratio is below {@code ratioBelow} (an account without debt has no ratio and is never below it).
 */
public record PlanRule(int intervalDays, BigDecimal ratioBelow) {

    public static final int MAX_INTERVAL_DAYS = 366;

    public PlanRule {
        if (intervalDays < 1 || intervalDays > MAX_INTERVAL_DAYS) {
            throw new IllegalArgumentException("interval must be 1 to " + MAX_INTERVAL_DAYS + " days, not " + intervalDays);
        }
        if (ratioBelow != null && (ratioBelow.signum() <= 0 || ratioBelow.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("ratio condition must be above 0 and at most 10000%, not " + ratioBelow);
        }
    }

    public boolean ratioQualifies(BigDecimal maintenanceRatio) {
        return ratioBelow == null || maintenanceRatio != null && maintenanceRatio.compareTo(ratioBelow) < 0;
    }

    /** The first day a new contact is due: the last contact's day plus the interval; today when never contacted. */
    public LocalDate dueOn(Instant lastContact, LocalDate today) {
        return lastContact == null ? today
                : lastContact.atZone(TradingCalendar.DEFAULT_MARKET_ZONE).toLocalDate().plusDays(intervalDays);
    }

    /**
     * When a task created at {@code created} is due: after the {@code tradingDays} an advisor is given, but no later
     * than the end of the last service day before the plan asks for the next contact, so that a daily plan's task is
     * due the same day and keeping the due dates keeps the plan's rhythm; never before the first service day end.
     */
    public ZonedDateTime taskDue(Instant created, int tradingDays, LocalTime dayEnd, TradingCalendar calendar) {
        ZonedDateTime earliest = DueDateRule.afterTradingDays(created, 0, dayEnd, calendar);
        ZonedDateTime given = DueDateRule.afterTradingDays(created, tradingDays, dayEnd, calendar);
        LocalDate nextAsked = created.atZone(calendar.marketZone()).toLocalDate().plusDays(intervalDays);
        ZonedDateTime beforeNext = ZonedDateTime.of(calendar.previousTradingDay(nextAsked), dayEnd, calendar.marketZone());
        ZonedDateTime due = given.isAfter(beforeNext) ? beforeNext : given;
        return due.isBefore(earliest) ? earliest : due;
    }

    /** Due exactly at the interval: a weekly plan with a contact last Monday creates the task this Monday. */
    public PlanDecision decide(Instant lastContact, BigDecimal maintenanceRatio, boolean taskOpen, Clock clock) {
        if (!ratioQualifies(maintenanceRatio)) {
            return PlanDecision.OUT_OF_PLAN;
        }
        LocalDate today = clock.instant().atZone(TradingCalendar.DEFAULT_MARKET_ZONE).toLocalDate();
        boolean due = !dueOn(lastContact, today).isAfter(today);
        if (taskOpen) {
            return due ? PlanDecision.TASK_OPEN : PlanDecision.TASK_FULFILLED;
        }
        return due ? PlanDecision.CREATE_TASK : PlanDecision.NOT_DUE;
    }
}
