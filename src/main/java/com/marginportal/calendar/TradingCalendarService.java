package com.marginportal.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.marginportal.security.AuditLog;
import com.marginportal.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The exchange calendar as data: holidays are imported per year, and a year counts as covered once
 * loaded (even without holidays). Readers get an immutable {@link TradingCalendar}; ask for one per scan
 * or request rather than keeping it, so an import is seen at once on every node. This node keeps the last
 * calendar it read and reads the holidays again only when the calendar's revision (raised by every change, on
 * any node, in the change's transaction) has moved: one primary-key read per transaction instead of the
 * holiday list per use (a burst of process starts asks for it two or three times per case).
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
    /** The calendar this node read last, with the revision it was read at (its holidays are at least as new). */
    private final AtomicReference<Read> latest = new AtomicReference<>();

    /** The calendar a transaction asked for first; a change of the calendar in the transaction drops it. */
    private static final Object IN_TRANSACTION = new Object();

    private record Read(long revision, TradingCalendar calendar) {
    }

    TradingCalendarService(CalendarStore store, AuditLog auditLog, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The calendar of all covered years (15:00 Asia/Shanghai close). */
    @Transactional(readOnly = true)
    public TradingCalendar calendar() {
        // one calendar per transaction: the same snapshot would give the same answer, without the round trip
        Object inThisTransaction = TransactionSynchronizationManager.getResource(IN_TRANSACTION);
        if (inThisTransaction instanceof TradingCalendar calendar) {
            return calendar;
        }
        long revision = store.revision();
        Read known = latest.get();
        TradingCalendar calendar;
        if (known != null && known.revision() == revision) {
            calendar = known.calendar();
        } else {
            // read after the revision: what is read is at least that revision's content, never older
            calendar = TradingCalendar.of(store.holidayDates(), store.coveredYears());
            Read read = new Read(revision, calendar);
            latest.accumulateAndGet(read, (old, now) -> old == null || now.revision() >= old.revision() ? now : old);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.bindResource(IN_TRANSACTION, calendar);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(IN_TRANSACTION);
                }
            });
        }
        return calendar;
    }

    /** The years within a deadline's reach of today (market time) whose exchange holidays are not loaded. */
    @Transactional(readOnly = true)
    public ProvisionalYears provisionalYears() {
        LocalDate today = clock.instant().atZone(TradingCalendar.DEFAULT_MARKET_ZONE).toLocalDate();
        return ProvisionalYears.of(today, store.coveredYears(), store.provisionalYears());
    }

    /** Called by every change of the calendar, in its transaction: what the transaction reads next is the change. */
    static void changedInThisTransaction() {
        TransactionSynchronizationManager.unbindResourceIfPossible(IN_TRANSACTION);
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
        auditLog.record(AUDIT_REPLACED, AUDIT_ENTITY, String.valueOf(year), change.auditText());
    }

    /** DATETIME columns hold UTC wall time. */
    private LocalDateTime nowUtc() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
