package com.marginportal.calendar;

import com.marginportal.security.AuditText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tables trading_calendar_year and trading_holiday. Writes touch the year row first, then its holidays.
 * JdbcClient, not JPA: a year is replaced whole: one range DELETE of its holidays, then their inserts.
 */
@Repository
class CalendarStore {

    /** What a replacement changed, for the audit log. */
    record Replacement(int year, boolean wasCovered, int oldHolidays, int newHolidays, String source) {

        /** For the audit log, in the reader's language. */
        AuditText auditText() {
            String from = source == null ? "none" : source;
            if (YearHolidays.STATUTORY_ONLY.equals(source)) {
                return AuditText.of("calendarProvisional", year, newHolidays);
            }
            return wasCovered ? AuditText.of("calendarReplaced", year, oldHolidays, newHolidays, from)
                    : AuditText.of("calendarLoaded", year, newHolidays, from);
        }
    }

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raised by every change of the calendar (V045): a node reads the holidays again only when it moved. */
    long revision() {
        return jdbc.sql("SELECT revision FROM trading_calendar_revision WHERE id = 1").query(Long.class).single();
    }

    /** In the transaction of the change, so the new revision commits with it (and a rollback takes it back). */
    static void raiseRevision(JdbcClient jdbc) {
        jdbc.sql("UPDATE trading_calendar_revision SET revision = revision + 1 WHERE id = 1").update();
        TradingCalendarService.changedInThisTransaction();
    }

    List<LocalDate> holidayDates() {
        return jdbc.sql("SELECT holiday_date FROM trading_holiday")
                .query((rs, i) -> rs.getObject(1, LocalDate.class)).list();
    }

    List<Integer> coveredYears() {
        return jdbc.sql("SELECT calendar_year FROM trading_calendar_year").query(Integer.class).list();
    }

    boolean covers(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM trading_calendar_year WHERE calendar_year = :year")
                .param("year", year).query(Long.class).single() > 0;
    }

    /** Where the year's holidays come from, empty when the year is not covered. */
    Optional<String> source(int year) {
        return jdbc.sql("SELECT source FROM trading_calendar_year WHERE calendar_year = :year").param("year", year)
                .query((rs, i) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(Function.identity());
    }

    /** Years covered by a placeholder of the startup loader, not by a published list. */
    List<Integer> provisionalYears() {
        return jdbc.sql("SELECT calendar_year FROM trading_calendar_year WHERE source IN (:markers)")
                .param("markers", List.of(YearHolidays.WEEKENDS_ONLY, YearHolidays.STATUTORY_ONLY))
                .query(Integer.class).list();
    }

    List<Holiday> holidays(int year) {
        return jdbc.sql("""
                SELECT holiday_date, name FROM trading_holiday
                 WHERE holiday_date >= :first AND holiday_date < :next ORDER BY holiday_date""")
                .param("first", LocalDate.of(year, 1, 1)).param("next", LocalDate.of(year + 1, 1, 1))
                .query((rs, i) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2))).list();
    }

    /** Makes {@code data} the whole content of its year, covered or not before. */
    @Transactional
    public Replacement replace(YearHolidays data, String loadedBy, LocalDateTime loadedAtUtc) {
        boolean wasCovered = jdbc.sql("""
                UPDATE trading_calendar_year SET loaded_at = :at, loaded_by = :by, source = :source
                 WHERE calendar_year = :year""")
                .param("at", loadedAtUtc).param("by", loadedBy).param("source", data.source())
                .param("year", data.year()).update() > 0;
        if (!wasCovered) {
            insertYear(data, loadedBy, loadedAtUtc);
        }
        int old = jdbc.sql("DELETE FROM trading_holiday WHERE holiday_date >= :first AND holiday_date < :next")
                .param("first", LocalDate.of(data.year(), 1, 1)).param("next", LocalDate.of(data.year() + 1, 1, 1))
                .update();
        insertHolidays(data);
        raiseRevision(jdbc);
        return new Replacement(data.year(), wasCovered, old, data.holidays().size(), data.source());
    }

    /**
     * Covers a year that is not covered yet. Another node doing the same first makes the insert of the
     * year row fail with a DuplicateKeyException, and nothing is written here.
     */
    @Transactional
    public Replacement cover(YearHolidays data, String loadedBy, LocalDateTime loadedAtUtc) {
        insertYear(data, loadedBy, loadedAtUtc);
        insertHolidays(data);
        raiseRevision(jdbc);
        return new Replacement(data.year(), false, 0, data.holidays().size(), data.source());
    }

    private void insertYear(YearHolidays data, String loadedBy, LocalDateTime loadedAtUtc) {
        jdbc.sql("""
                INSERT INTO trading_calendar_year (calendar_year, loaded_at, loaded_by, source)
                VALUES (:year, :at, :by, :source)""")
                .param("year", data.year()).param("at", loadedAtUtc).param("by", loadedBy)
                .param("source", data.source()).update();
    }

    private void insertHolidays(YearHolidays data) {
        for (Holiday holiday : data.holidays()) {
            jdbc.sql("INSERT INTO trading_holiday (holiday_date, name, source) VALUES (:date, :name, :source)")
                    .param("date", holiday.date()).param("name", holiday.name()).param("source", data.source())
                    .update();
        }
    }
}
