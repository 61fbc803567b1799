package com.marginportal.classification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.classification.domain.Reason;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Clients that fail a suitability rule, with the reasons; only flagged clients have a row.
 * JdbcClient, not JPA: a recalculation chunk replaces the rows of thousands of clients in one DELETE and one batch.
 */
@Repository
class SuitabilityStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;

    SuitabilityStore(JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
    }

    /** Replaces the rows of the clients from {@code first} to {@code last} (one recalculation chunk). */
    void replace(long first, long last, Map<Long, List<Reason>> issues, Instant at) {
        replace(ClientSpan.range(first, last), issues, at);
    }

    /** Replaces the rows of the span's clients (one recalculation chunk). */
    void replace(ClientSpan span, Map<Long, List<Reason>> issues, Instant at) {
        Timestamp utc = Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        List<Map.Entry<Long, List<Reason>>> rows = new ArrayList<>(issues.entrySet());
        tx.executeWithoutResult(s -> {
            jdbc.update("DELETE FROM suitability_issue WHERE " + span.sql(), span.params());
            jdbc.batchUpdate("INSERT INTO suitability_issue (client_id, reasons, checked_at) VALUES (?, ?, ?)",
                    rows, rows.size(), (ps, row) -> {
                        ps.setLong(1, row.getKey());
                        ps.setString(2, toJson(row.getValue()));
                        ps.setTimestamp(3, utc);
                    });
        });
    }

    List<Reason> issuesOf(long clientId) {
        return jdbc.query("SELECT reasons FROM suitability_issue WHERE client_id = ?",
                (rs, i) -> fromJson(rs.getString(1)), clientId).stream().findFirst().orElse(List.of());
    }

    private String toJson(List<Reason> reasons) {
        try {
            return json.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Reason> fromJson(String text) {
        try {
            return json.readValue(text, new TypeReference<List<Reason>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
