package com.marginportal.calendar;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

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
 * covered, from the shipped lists where they have the year, else as weekends only. A weekends-only
 * placeholder is replaced once a later release ships the year's list; an imported year is never touched.
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
            YearHolidays seed = shipped.getOrDefault(year, YearHolidays.weekendsOnly(year));
            try {
                ensureCovered(seed);
            } catch (DuplicateKeyException e) {
                log.info("Trading calendar {} was loaded by another node meanwhile", year);
            }
            if (store.coveredAsWeekendsOnly(year)) {
                log.warn("Trading calendar {} has weekends only: trading-day deadlines will count exchange holidays "
                        + "as trading days until the exchanges' holiday list for {} is imported", year, year);
            }
        }
    }

    private void ensureCovered(YearHolidays seed) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        CalendarStore.Replacement change;
        if (!store.covers(seed.year())) {
            change = store.cover(seed, LOADER, now);
        } else if (!seed.isWeekendsOnly() && store.coveredAsWeekendsOnly(seed.year())) {
            change = store.replace(seed, LOADER, now);
        } else {
            return;
        }
        auditLog.recordAs(LOADER, TradingCalendarService.AUDIT_SEEDED, TradingCalendarService.AUDIT_ENTITY,
                String.valueOf(seed.year()), change.auditText());
        log.info("Trading calendar {}", change.auditText().english());
    }
}
