package com.marginportal.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditRecord;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SignedIn;
import com.marginportal.support.StaffFixture;
import com.marginportal.support.SimulatedClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendar on MariaDB: imports are all or nothing, audited and for admins; startup covers two years. A slice of
 * the calendar module with the modules it uses; the administrator and advisor are the test's own.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class TradingCalendarServiceModuleIT extends ModuleSlice {

    /** Far from the years the startup loader manages, so the slices' schema keeps its real calendar. */
    private static final int YEAR = 2031;

    @Autowired
    private TradingCalendarService service;
    @Autowired
    private CalendarStore store;
    @Autowired
    private AuditLog auditLog;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Clock clock;
    @Autowired
    private CalendarSeedLoader loader;
    @Autowired
    private UserDetailsService users;

    @AfterEach
    void forgetTheTestYear() {
        forget(YEAR);
    }

    private void forget(int year) {
        jdbc.sql("DELETE FROM trading_holiday WHERE holiday_date >= :first AND holiday_date < :next")
                .param("first", LocalDate.of(year, 1, 1)).param("next", LocalDate.of(year + 1, 1, 1)).update();
        jdbc.sql("DELETE FROM trading_calendar_year WHERE calendar_year = :year").param("year", year).update();
        jdbc.sql("UPDATE trading_calendar_revision SET revision = revision + 1").update(); // a hand edit raises it too
    }

    @Test
    void anAdminReplacesAYearAndTheChangeIsAudited() {
        String admin = new StaffFixture(jdbc).admin();
        SignedIn.as(users, admin, () -> service.replaceYear(YEAR,
                List.of(holiday("2031-10-01", "国庆节"), holiday("2031-01-01", "元旦")), "test notice"));

        TradingCalendar calendar = service.calendar();
        assertThat(calendar.covers(YEAR)).isTrue();
        assertThat(calendar.isTradingDay(LocalDate.parse("2031-01-01"))).isFalse();
        assertThat(calendar.isTradingDay(LocalDate.parse("2031-01-02"))).isTrue();
        assertThat(yearRow()).satisfies(row -> {
            assertThat(row.loadedBy()).isEqualTo(admin);
            assertThat(row.source()).isEqualTo("test notice");
            assertThat(Duration.between(row.loadedAt(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).abs())
                    .isLessThan(Duration.ofMinutes(1));
        });
        assertThat(lastReplacement()).satisfies(entry -> {
            assertThat(entry.username()).isEqualTo(admin);
            assertThat(entry.entityId()).isEqualTo(String.valueOf(YEAR));
            assertThat(entry.details()).contains("not loaded → 2 holidays", "test notice");
        });

        SignedIn.as(users, admin, () -> service.replaceYear(YEAR, List.of(holiday("2031-05-01", "劳动节")),
                "corrected notice"));

        assertThat(store.holidays(YEAR)).containsExactly(holiday("2031-05-01", "劳动节"));
        assertThat(lastReplacement().details()).contains("2 holidays → 1 holidays", "corrected notice");
    }

    @Test
    void oneBadDateChangesNothing() {
        String admin = new StaffFixture(jdbc).admin();
        SignedIn.as(users, admin, () -> service.replaceYear(YEAR, List.of(holiday("2031-01-01", "元旦")), "first notice"));
        long audited = replacementsAudited();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> SignedIn.as(users, admin, () -> service.replaceYear(YEAR,
                        List.of(holiday("2031-05-01", "劳动节"), holiday("2031-01-04", "a Saturday")), "second notice")))
                .withMessageContaining("2031-01-04");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SignedIn.as(users, admin, () -> service.replaceYear(YEAR,
                        List.of(holiday("2031-05-01", "劳动节"), holiday("2032-01-02", "next year")), "second notice")))
                .withMessageContaining("2032-01-02");

        assertThat(store.holidays(YEAR)).containsExactly(holiday("2031-01-01", "元旦"));
        assertThat(yearRow().source()).isEqualTo("first notice");
        assertThat(replacementsAudited()).isEqualTo(audited);
    }

    @Test
    void anAdvisorMayNotReplaceAYear() {
        String advisor = new StaffFixture(jdbc).branch(1).advisor(1);
        assertThatThrownBy(() -> SignedIn.as(users, advisor, () -> service.replaceYear(YEAR, List.of(), "advisor")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.covers(YEAR)).isFalse();
    }

    @Test
    void theStartupLoaderCoversThisYearAndTheNext() {
        int thisYear = clock.instant().atZone(TradingCalendar.DEFAULT_MARKET_ZONE).getYear();
        TradingCalendar calendar = service.calendar(); // readable without a user: scans run as the system

        for (int year : List.of(thisYear, thisYear + 1)) {
            assertThat(calendar.covers(year)).as("covers %d", year).isTrue();
            YearHolidays shipped = HolidaySeed.shipped().getOrDefault(year, YearHolidays.provisional(year));
            assertThat(store.holidays(year)).as("holidays of %d", year).isEqualTo(shipped.holidays());
            assertThat(yearRow(year).source()).isEqualTo(shipped.source());
            assertThat(yearRow(year).loadedBy()).isEqualTo("system");
        }
        assertThat(auditLog.latest(TradingCalendarService.AUDIT_SEEDED, 10)).extracting(AuditRecord::entityId)
                .contains(String.valueOf(thisYear), String.valueOf(thisYear + 1));
    }

    @Test
    void anEarlierReleasesWeekendsOnlyPlaceholderGetsTheFixedDateHolidaysAtTheNextStart() {
        SimulatedClock.freeze(Instant.parse("2040-06-01T02:00:00Z"));
        try {
            // the placeholder an earlier release wrote: no holidays at all
            store.cover(new YearHolidays(2040, List.of(), YearHolidays.WEEKENDS_ONLY), "system",
                    LocalDateTime.of(2039, 6, 1, 0, 0));
            loader.run(null);

            assertThat(yearRow(2040).source()).isEqualTo(YearHolidays.STATUTORY_ONLY);
            assertThat(store.holidays(2040)).extracting(Holiday::date).containsExactly(LocalDate.parse("2040-05-01"),
                    LocalDate.parse("2040-05-02"), LocalDate.parse("2040-10-01"), LocalDate.parse("2040-10-02"),
                    LocalDate.parse("2040-10-03")); // 1 January 2040 is a Sunday
            assertThat(yearRow(2041).source()).isEqualTo(YearHolidays.STATUTORY_ONLY);
            assertThat(service.provisionalYears().years()).containsExactly(2040);
        } finally {
            SimulatedClock.reset();
            forget(2040);
            forget(2041);
        }
    }

    private record YearRow(LocalDateTime loadedAt, String loadedBy, String source) {
    }

    private YearRow yearRow() {
        return yearRow(YEAR);
    }

    private YearRow yearRow(int year) {
        return jdbc.sql("SELECT loaded_at, loaded_by, source FROM trading_calendar_year WHERE calendar_year = :year")
                .param("year", year)
                .query((rs, i) -> new YearRow(rs.getObject(1, LocalDateTime.class), rs.getString(2), rs.getString(3)))
                .single();
    }

    private AuditRecord lastReplacement() {
        return auditLog.latest(TradingCalendarService.AUDIT_REPLACED, 1).get(0);
    }

    private long replacementsAudited() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :action AND entity_id = :year")
                .param("action", TradingCalendarService.AUDIT_REPLACED).param("year", String.valueOf(YEAR))
                .query(Long.class).single();
    }

    private static Holiday holiday(String date, String name) {
        return new Holiday(LocalDate.parse(date), name);
    }
}
