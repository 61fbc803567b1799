package com.marginportal.calendar;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.marginportal.security.AuditLog;
import com.marginportal.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange calendar as data: holidays are imported per year, and a year counts as covered once
 * loaded (even without holidays). Readers get an immutable {@link TradingCalendar}; build one per scan
 * or request rather than keeping it, so an import is seen at once on every node.
 */
@Service
public class TradingCalendarService {

    static final String AUDIT_REPLACED = "TRADING_CALENDAR_REPLACED";
    static final String AUDIT_SEEDED = "TRADING_CALENDAR_SEEDED";
    static final String AUDIT_ENTITY = "TRADING_CALENDAR_YEAR";

    private final CalendarStore store;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    TradingCalendarService(CalendarStore store, AuditLog auditLog, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The calendar of all covered years (15:00 Asia/Shanghai close). */
    @Transactional(readOnly = true)
    public TradingCalendar calendar() {
        return TradingCalendar.of(store.holidayDates(), store.coveredYears());
    }

    /**
     * Makes {@code holidays} the complete list of {@code year}, all or nothing. Dates outside the year or
     * on weekends are rejected with an IllegalArgumentException naming the date.
     */
    @PreAuthorize("hasAnyRole('ADMIN','INTEGRATION')")
    @Transactional
    public void replaceYear(int year, List<Holiday> holidays, String source) {
        YearHolidays data = new YearHolidays(year, holidays, source);
        CalendarStore.Replacement change = store.replace(data, currentUser.usernameOrSystem(), nowUtc());
        auditLog.record(AUDIT_REPLACED, AUDIT_ENTITY, String.valueOf(year), change.describe());
    }

    /** DATETIME columns hold UTC wall time. */
    private LocalDateTime nowUtc() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
