package com.marginportal.classification;

import static com.marginportal.UtcColumns.utc;
import static com.marginportal.UtcColumns.instant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code classification_run} table: a row per pass, inserted when it starts, updated after every chunk
 * (progress) and when it ends. Each write commits on its own, so other nodes' views see the progress.
 * JdbcClient, not JPA: progress UPDATEs commit per chunk, and one UPDATE abandons every stale RUNNING pass.
 */
@Repository
class ClassificationRunLog {

    private static final int MAX_DETAIL = 500;
    private static final String COLUMNS = """
            id, run_trigger, full_pass, status, started_by, started_at, updated_at, finished_at, total_clients,
            processed, changed_clients, detail""";

    private final JdbcTemplate jdbc;

    ClassificationRunLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long start(RunTrigger trigger, boolean fullPass, String by, int total, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO classification_run (run_trigger, full_pass, status, started_by, started_at, updated_at,
                           total_clients, processed, changed_clients) VALUES (?, ?, 'RUNNING', ?, ?, ?, ?, 0, 0)""",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, trigger.name());
            ps.setBoolean(2, fullPass);
            ps.setString(3, by);
            ps.setObject(4, utc(now));
            ps.setObject(5, utc(now));
            ps.setInt(6, total);
            return ps;
        }, key);
        return key.getKeyList().get(0).values().stream().map(v -> ((Number) v).longValue()).findFirst().orElseThrow();
    }

    void progress(long id, int processed, int changed, Instant now) {
        jdbc.update("UPDATE classification_run SET processed = ?, changed_clients = ?, updated_at = ? WHERE id = ?",
                processed, changed, utc(now), id);
    }

    void finish(long id, ClassificationRun.Status status, int processed, int changed, String detail, Instant now) {
        jdbc.update("""
                UPDATE classification_run SET status = ?, processed = ?, changed_clients = ?, detail = ?, updated_at = ?,
                       finished_at = ?, total_clients = CASE WHEN ? = 'SUCCEEDED' THEN ? ELSE total_clients END
                 WHERE id = ?""", status.name(), processed, changed,
                detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL), utc(now),
                utc(now), status.name(), processed, id);
    }

    /** A run still in progress (updated since {@code aliveSince}), the latest one first. */
    Optional<ClassificationRun> running(Instant aliveSince) {
        return jdbc.query("SELECT " + COLUMNS + " FROM classification_run WHERE status = 'RUNNING' AND updated_at >= ?"
                + " ORDER BY id DESC LIMIT 1", ClassificationRunLog::run, utc(aliveSince)).stream().findFirst();
    }

    /** Marks runs not updated since {@code aliveSince} as abandoned (their node stopped); returns how many. */
    int abandonStale(Instant aliveSince, Instant now) {
        return jdbc.update("""
                UPDATE classification_run SET status = 'ABANDONED', finished_at = ?, detail = 'stopped: no progress'
                 WHERE status = 'RUNNING' AND updated_at < ?""", utc(now), utc(aliveSince));
    }

    Optional<ClassificationRun> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM classification_run WHERE id = ?", ClassificationRunLog::run, id)
                .stream().findFirst();
    }

    List<ClassificationRun> latest(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM classification_run ORDER BY id DESC LIMIT ?",
                ClassificationRunLog::run, limit);
    }

    private static ClassificationRun run(ResultSet rs, int row) throws SQLException {
        return new ClassificationRun(rs.getLong("id"), RunTrigger.valueOf(rs.getString("run_trigger")),
                rs.getBoolean("full_pass"), ClassificationRun.Status.valueOf(rs.getString("status")),
                rs.getString("started_by"), instant(rs.getObject("started_at", LocalDateTime.class)),
                instant(rs.getObject("updated_at", LocalDateTime.class)),
                instant(rs.getObject("finished_at", LocalDateTime.class)), rs.getInt("total_clients"),
                rs.getInt("processed"), rs.getInt("changed_clients"), rs.getString("detail"));
    }


}
