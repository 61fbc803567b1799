package com.marginportal.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Contact attempts per case (insert only).
 * JdbcClient, not JPA: contact attempts are append-only, and one UPDATE marks the board row's last contact.
 */
@Repository
class CaseContactStore {

    private final JdbcClient jdbc;

    CaseContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long caseId, int attempt, String channel, boolean reached, String plan, String promisedDate,
                String note, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO case_contact (case_id, attempt_no, channel, reached, plan, promised_date, note,
                       recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, attempt, channel, reached, plan,
                        promisedDate == null ? null : LocalDate.parse(promisedDate), note, by,
                        LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        jdbc.sql("UPDATE case_process SET last_contact_at = ? WHERE case_id = ?")
                .params(LocalDateTime.ofInstant(at, ZoneOffset.UTC), caseId).update();
    }

    /** The case's contacts, oldest first, as plain maps for the resolution record's JSON. */
    List<Map<String, Object>> forCase(long caseId) {
        return jdbc.sql("SELECT * FROM case_contact WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, i) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("attempt", rs.getInt("attempt_no"));
                    row.put("channel", rs.getString("channel"));
                    row.put("reached", rs.getBoolean("reached"));
                    row.put("plan", rs.getString("plan"));
                    LocalDate promised = rs.getObject("promised_date", LocalDate.class);
                    row.put("promisedDate", promised == null ? null : promised.toString());
                    row.put("note", rs.getString("note"));
                    row.put("recordedBy", rs.getString("recorded_by"));
                    row.put("recordedAt", rs.getObject("recorded_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)
                            .toString());
                    return row;
                })
                .list();
    }
}
