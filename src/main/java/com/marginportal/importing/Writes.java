package com.marginportal.importing;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;

/**
 * Portable writing helpers for pass 2 (plain SQL that runs on MariaDB and H2): JDBC batches, and the
 * existence query that splits a chunk into UPDATEs and INSERTs.
 */
final class Writes {

    private final JdbcTemplate jdbc;
    private final LocalDateTime nowUtc;

    Writes(JdbcTemplate jdbc, LocalDateTime nowUtc) {
        this.jdbc = jdbc;
        this.nowUtc = nowUtc;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** The import's time as the schema stores it (UTC wall time). */
    LocalDateTime nowUtc() {
        return nowUtc;
    }

    <T> void batch(String sql, Collection<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, rows.size(), setter);
        }
    }

    /** Which of {@code keys} exist in {@code table.column} (names are constants of the caller, never input). */
    <K> Set<K> existing(String table, String column, List<K> keys, Class<K> type) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        String sql = "SELECT " + column + " FROM " + table + " WHERE " + column + " IN ("
                + String.join(",", java.util.Collections.nCopies(keys.size(), "?")) + ")";
        return new HashSet<>(jdbc.queryForList(sql, type, keys.toArray()));
    }
}
