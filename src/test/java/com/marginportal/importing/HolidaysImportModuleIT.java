package com.marginportal.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.marginportal.calendar.TradingCalendar;
import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SignedIn;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exchange holidays come in through the same import path: a file replaces the years it lists. A slice of the importing
 * module with the modules it uses (the calendar among them); the administrator is the test's own.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class HolidaysImportModuleIT extends ModuleSlice {

    @Autowired
    private ImportService imports;
    @Autowired
    private TradingCalendarService calendar;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aHolidaysFileReplacesItsYearsAndTheCalendarUsesThem() {
        ImportResult first = importCsv("date,name\n2033-10-03,国庆节\n2033-10-04,国庆节\n");
        assertThat(first.status()).as(first.message()).isEqualTo(ImportStatus.SUCCEEDED);
        TradingCalendar cal = calendar.calendar();
        assertThat(cal.covers(2033)).isTrue();
        assertThat(cal.isTradingDay(LocalDate.of(2033, 10, 3))).isFalse();
        assertThat(cal.plusTradingDays(LocalDate.of(2033, 9, 30), 1)).isEqualTo(LocalDate.of(2033, 10, 5));

        ImportResult second = importCsv("date,name\n2033-10-04,国庆节\n");
        assertThat(second.succeeded()).isTrue();
        assertThat(calendar.calendar().isTradingDay(LocalDate.of(2033, 10, 3))).as("the year was replaced").isTrue();
    }

    @Test
    void aWeekendRowRejectsTheFileAndChangesNothing() {
        ImportResult result = importCsv("date,name\n2034-01-02,元旦\n2034-01-07,周六\n");
        assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("date");
            assertThat(e.reason()).contains("weekend");
        });
        assertThat(calendar.calendar().covers(2034)).isFalse();
    }

    private ImportResult importCsv(String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return SignedIn.as(users, new StaffFixture(jdbc).admin(), () -> imports.importFile(
                new ImportRequest(ImportKind.HOLIDAYS, ImportSource.UPLOAD, "holidays.csv", null),
                () -> new ByteArrayInputStream(bytes)));
    }
}
