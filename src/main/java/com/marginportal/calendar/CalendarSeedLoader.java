package com.marginportal.calendar;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.marginportal.security.AuditLog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The application always has a calendar: on startup the current and the next year (market time) are
 * covered, from the shipped lists where they have the year, else provisionally (weekends and the fixed-date
 * statutory holidays). A placeholder is replaced once a later release ships the year's list (or a better
 * placeholder); an imported year is never touched.
 */
@Component
@Order(50)
class CalendarSeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalendarSeedLoader.class);
    private static final String LOADER = "system";

    private final CalendarStore store;
    private final AuditLog auditLog;
    private final Clock clock;

    CalendarSeedLoader(CalendarStore store, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int thisYear = clock.instant().atZone(TradingCalendar.DEFAULT_MARKET_ZONE).getYear();
        Map<Integer, YearHolidays> shipped = HolidaySeed.shipped();
        for (int year : List.of(thisYear, thisYear + 1)) {
            YearHolidays seed = shipped.getOrDefault(year, YearHolidays.provisional(year));
            try {
                ensureCovered(seed);
            } catch (DuplicateKeyException e) {
                log.info("Trading calendar {} was loaded by another node meanwhile", year);
            }
            if (store.source(year).filter(YearHolidays::isProvisional).isPresent()) {
                log.warn("Trading calendar {} is provisional (weekends and fixed-date statutory holidays): trading-day "
                        + "deadlines will count its lunar holidays and bridge days as trading days until the exchanges' "
                        + "holiday list for {} is imported", year, year);
            }
        }
    }

    private void ensureCovered(YearHolidays seed) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        CalendarStore.Replacement change;
        Optional<String> stored = store.source(seed.year());
        if (!store.covers(seed.year())) {
            change = store.cover(seed, LOADER, now);
        } else if (stored.filter(YearHolidays::isProvisional).filter(s -> !s.equals(seed.source())).isPresent()) {
            // a placeholder gives way to a shipped list, and an earlier release's weekends-only one to today's
            change = store.replace(seed, LOADER, now);
        } else {
            return;
        }
        auditLog.recordAs(LOADER, TradingCalendarService.AUDIT_SEEDED, TradingCalendarService.AUDIT_ENTITY,
                String.valueOf(seed.year()), change.auditText());
        log.info("Trading calendar {}", change.auditText().english());
    }
}
