package com.marginportal.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import com.marginportal.UtcColumns;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk writes of whole calendar years for a caller that replaces them in its own transaction (the holidays
 * import, all-or-nothing).
 * JdbcClient, not JPA: the year's holidays go in one delete and one JDBC batch, not one by one.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class HolidayWrites {

    private final JdbcTemplate jdbc;

    public HolidayWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Empties each year and marks it loaded now from {@code source} (the year then counts as covered with exactly
     * the holidays inserted next).
     */
    public void clearYears(Collection<Integer> years, String source, Instant loadedAt) {
        LocalDateTime at = UtcColumns.utc(loadedAt);
        for (int year : years) {
            jdbc.update("DELETE FROM trading_holiday WHERE holiday_date BETWEEN ? AND ?",
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            int updated = jdbc.update("""
                    UPDATE trading_calendar_year SET loaded_at = ?, loaded_by = ?, source = ?
                     WHERE calendar_year = ?""", at, source, source, year);
            if (updated == 0) {
                jdbc.update("""
                        INSERT INTO trading_calendar_year (calendar_year, loaded_at, loaded_by, source)
                        VALUES (?, ?, ?, ?)""", year, at, source, source);
            }
        }
        // every node's cached calendar is read again (TradingCalendarService), in this transaction's commit
        CalendarStore.raiseRevision(JdbcClient.create(jdbc));
    }

    /** Adds holidays to years cleared before in the same transaction. */
    public void insertHolidays(List<Holiday> holidays, String source) {
        if (!holidays.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO trading_holiday (holiday_date, name, source) VALUES (?, ?, ?)", holidays,
                    holidays.size(), (ps, h) -> {
                        ps.setObject(1, h.date());
                        ps.setString(2, h.name());
                        ps.setString(3, source);
                    });
        }
    }
}
