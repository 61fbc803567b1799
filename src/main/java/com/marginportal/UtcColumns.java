package com.marginportal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * The portal's DATETIME(6) columns hold UTC wall-clock time (shown in Asia/Shanghai by the views); every JdbcClient
 * statement converts at the JDBC boundary through these, so no column is ever written in another zone (JPA entities
 * map Instant directly: hibernate.jdbc.time_zone=UTC writes the same values). Null stays null.
 */
public final class UtcColumns {

    private UtcColumns() {
    }

    /** The column value of an instant. */
    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * The instant as its DATETIME(6) column keeps it (microseconds; the database cuts the rest). JPA entities set
     * their instants through this, so what a transaction reads back from its persistence context is what a re-read
     * from the table gives.
     */
    public static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** The column value of a legacy date (Flowable's due dates). */
    public static LocalDateTime utc(Date date) {
        return date == null ? null : utc(date.toInstant());
    }

    /** The instant of a column value. */
    public static Instant instant(LocalDateTime column) {
        return column == null ? null : column.toInstant(ZoneOffset.UTC);
    }

    /** The instant in a result set's column (by position). */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }

    /** The instant in a result set's column. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }
}
