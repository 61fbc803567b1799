package com.marginportal.importing;

import static com.marginportal.UtcColumns.utc;
import static com.marginportal.UtcColumns.instant;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The import log ({@code import_batch}): a row is written when an import starts (status RUNNING, outside
 * the import's transaction, so it survives a rollback) and completed when it ends.
 */
@Component
class ImportBatchLog {

    private static final int MAX_MESSAGE = 1000;

    private final JdbcTemplate jdbc;

    ImportBatchLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long start(ImportRequest request, String charset, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO import_batch (kind, source, file_name, charset_name, status, started_at, username)
                    VALUES (?, ?, ?, ?, 'RUNNING', ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, request.kind().name());
            ps.setString(2, request.source().name());
            ps.setString(3, truncate(request.fileName(), 255));
            ps.setString(4, charset);
            ps.setObject(5, utc(now));
            ps.setString(6, username);
            return ps;
        }, key);
        return key.getKeyList().get(0).values().stream().map(v -> ((Number) v).longValue()).findFirst().orElseThrow();
    }

    void finish(ImportResult result, Instant now) {
        jdbc.update("""
                UPDATE import_batch SET status = ?, row_total = ?, error_count = ?, detail = ?, finished_at = ?
                 WHERE id = ?""", result.status().name(), result.rows(), result.errorCount(),
                truncate(result.message(), MAX_MESSAGE), utc(now), result.batchId());
    }

    /** The latest batches, newest first. */
    List<ImportBatchRecord> latest(int limit) {
        return jdbc.query("""
                SELECT id, kind, source, file_name, charset_name, status, row_total, error_count, detail,
                       started_at, finished_at, username
                  FROM import_batch ORDER BY id DESC LIMIT ?""", (rs, i) -> new ImportBatchRecord(rs.getLong(1),
                ImportKind.valueOf(rs.getString(2)), ImportSource.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9),
                instant(rs.getObject(10, LocalDateTime.class)), instant(rs.getObject(11, LocalDateTime.class)),
                rs.getString(12)), limit);
    }



    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
