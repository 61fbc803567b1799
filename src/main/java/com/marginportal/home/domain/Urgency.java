package com.marginportal.home.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** How soon a piece of work is due, by the Shanghai calendar day: what an advisor does first. */
public enum Urgency {
    OVERDUE, DUE_TODAY, LATER;

    public static Urgency of(Instant due, Instant now, ZoneId zone) {
        if (due == null) {
            return LATER;
        }
        if (due.isBefore(now)) {
            return OVERDUE;
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        return LocalDate.ofInstant(due, zone).isAfter(today) ? LATER : DUE_TODAY;
    }
}
