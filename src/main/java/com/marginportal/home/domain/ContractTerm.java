package com.marginportal.home.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.marginportal.calendar.TradingCalendar;

/**
 * How long a credit contract has left, as an advisor reminds a client of it: the calendar days to its expiry (as the
 * client's page counts them) and the trading days after today up to it (the days the client can still repay, or the
 * firm extend it); "today"; or the calendar days since it expired.
 */
public record ContractTerm(State state, int days, int tradingDays) {

    public enum State { EXPIRED, TODAY, AHEAD }

    public static ContractTerm of(LocalDate expiry, LocalDate today, TradingCalendar calendar) {
        if (expiry.isBefore(today)) {
            return new ContractTerm(State.EXPIRED, (int) ChronoUnit.DAYS.between(expiry, today), 0);
        }
        if (expiry.isEqual(today)) {
            return new ContractTerm(State.TODAY, 0, 0);
        }
        return new ContractTerm(State.AHEAD, (int) ChronoUnit.DAYS.between(today, expiry),
                calendar.tradingDaysBetween(today, expiry));
    }
}
