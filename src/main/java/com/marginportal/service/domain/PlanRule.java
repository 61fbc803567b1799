package com.marginportal.service.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

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
