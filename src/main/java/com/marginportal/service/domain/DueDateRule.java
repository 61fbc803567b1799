package com.marginportal.service.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import com.marginportal.calendar.TradingCalendar;

/**
 * When a request is due: at the end of the service day ({@code dayEnd}, exchange time zone) of the n-th trading day
 * after it was received, n per type. A request received on a non-trading day or at or after the end of the service
 * day counts from the next trading day, so n = 0 means "today if there is still time today". Working days are the
 * exchange's trading days: the calendar the rest of the portal already keeps.
 */
public record DueDateRule(Map<RequestType, Integer> tradingDays, LocalTime dayEnd) {

    public DueDateRule {
        Objects.requireNonNull(dayEnd, "dayEnd");
        EnumMap<RequestType, Integer> copy = new EnumMap<>(RequestType.class);
        for (RequestType type : RequestType.values()) {
            Integer days = tradingDays == null ? null : tradingDays.get(type);
            if (days == null || days < 0 || days > 60) {
                throw new IllegalArgumentException("due days of " + type + " must be 0 to 60, not " + days);
            }
            copy.put(type, days);
        }
        tradingDays = Map.copyOf(copy);
    }

    public ZonedDateTime due(Instant received, RequestType type, TradingCalendar calendar) {
        return afterTradingDays(received, tradingDays.get(type), dayEnd, calendar);
    }

    /** The end of the service day of the n-th trading day counted from {@code from} (see the class comment). */
    public static ZonedDateTime afterTradingDays(Instant from, int days, LocalTime dayEnd, TradingCalendar calendar) {
        ZonedDateTime local = from.atZone(calendar.marketZone());
        LocalDate day = local.toLocalDate();
        LocalDate base = calendar.isTradingDay(day) && local.toLocalTime().isBefore(dayEnd)
                ? day : calendar.nextTradingDay(day);
        return ZonedDateTime.of(calendar.plusTradingDays(base, days), dayEnd, calendar.marketZone());
    }
}
