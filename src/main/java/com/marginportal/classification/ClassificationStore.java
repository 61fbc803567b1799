package com.marginportal.classification;

import static com.marginportal.UtcColumns.utc;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.classification.domain.Classification;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.classification.domain.Reason;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computed classifications (replaced chunk by chunk) and overrides (never touched by recalculation).
 * JdbcClient, not JPA: a chunk's rows are replaced in one DELETE and batches; effective values are joins.
 */
@Repository
class ClassificationStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;

    ClassificationStore(JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
    }

    record Computed(long clientId, Classification classification) {
    }

    /** Replaces the computed rows of the chunk's clients in one transaction (full pass: first to last client). */
    int replace(List<Computed> chunk, Instant at, int thresholdsVersion) {
        if (chunk.isEmpty()) {
            return 0;
        }
        return replace(chunk, ClientSpan.range(chunk.get(0).clientId(), chunk.get(chunk.size() - 1).clientId()), at,
                thresholdsVersion);
    }

    /**
     * Replaces the computed rows of the span's clients with the chunk's in one transaction.
     * @return clients whose values changed (a dimension's value differs, or the client gained or lost its rows)
     */
    int replace(List<Computed> chunk, ClientSpan span, Instant at, int thresholdsVersion) {
        Timestamp utc = Timestamp.valueOf(utc(at));
        return tx.execute(s -> {
            Map<Long, Map<String, String>> before = new HashMap<>();
            jdbc.query("SELECT client_id, dimension, computed_value FROM client_classification WHERE " + span.sql(),
                    rs -> {
                        before.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                    }, span.params());
            Map<Long, Map<String, String>> after = new HashMap<>();
            for (Computed c : chunk) {
                after.computeIfAbsent(c.clientId(), k -> new HashMap<>())
                        .put(c.classification().dimension().name(), c.classification().value());
            }
            int changed = 0;
            for (var e : after.entrySet()) {
                changed += e.getValue().equals(before.get(e.getKey())) ? 0 : 1;
            }
            for (Long client : before.keySet()) {
                changed += after.containsKey(client) ? 0 : 1;
            }
            recordComputedChanges(chunk, before, utc, thresholdsVersion);
            jdbc.update("DELETE FROM client_classification WHERE " + span.sql(), span.params());
            jdbc.batchUpdate("""
                    INSERT INTO client_classification (client_id, dimension, computed_value, reasons, computed_at,
                           thresholds_version) VALUES (?, ?, ?, ?, ?, ?)""", chunk, chunk.size(), (ps, c) -> {
                ps.setLong(1, c.clientId());
                ps.setString(2, c.classification().dimension().name());
                ps.setString(3, c.classification().value());
                ps.setString(4, toJson(c.classification().reasons()));
                ps.setTimestamp(5, utc);
                ps.setInt(6, thresholdsVersion);
            });
            return changed;
        });
    }

    /**
     * Keeps the history the current rows cannot: one change row per client and dimension whose computed value
     * differs from the one it replaces (a client's first classification is no change).
     */
    /** The classification history (classification_change): every computed value that differs from the stored one. */
    private void recordComputedChanges(List<Computed> chunk, Map<Long, Map<String, String>> before, Timestamp at,
                                       int version) {
        List<Object[]> changes = new ArrayList<>();
        for (Computed c : chunk) {
            String dimension = c.classification().dimension().name();
            String old = before.getOrDefault(c.clientId(), Map.of()).get(dimension);
            if (old != null && !old.equals(c.classification().value())) {
                changes.add(new Object[] {c.clientId(), dimension, old, c.classification().value(),
                        ChangeSource.COMPUTED.name(), "system", "v" + version, at});
            }
        }
        if (!changes.isEmpty()) {
            jdbc.batchUpdate(INSERT_CHANGE, changes);
        }
    }

    private static final String INSERT_CHANGE = """
            INSERT INTO classification_change (client_id, dimension, old_value, new_value, source, changed_by, reason,
                   changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The client's class changes, newest first. */
    List<ClassificationChange> changes(long clientId) {
        return jdbc.query("""
                SELECT dimension, old_value, new_value, source, changed_by, reason, changed_at
                  FROM classification_change WHERE client_id = ? ORDER BY changed_at DESC, id DESC""",
                (rs, i) -> new ClassificationChange(clientId, Dimension.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), ChangeSource.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC)), clientId);
    }

    /** Clients whose effective value of the dimension is {@code value}: an override in force, else the computed one. */
    java.util.Set<Long> clientsWithEffective(Dimension dimension, String value, LocalDate today) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        jdbc.query("""
                SELECT o.client_id FROM classification_override o
                 WHERE o.dimension = ? AND o.override_value = ? AND (o.valid_until IS NULL OR o.valid_until >= ?)
                UNION
                SELECT c.client_id FROM client_classification c
                 WHERE c.dimension = ? AND c.computed_value = ?
                   AND NOT EXISTS (SELECT 1 FROM classification_override o WHERE o.client_id = c.client_id
                                      AND o.dimension = c.dimension AND (o.valid_until IS NULL OR o.valid_until >= ?))""",
                rs -> {
                    ids.add(rs.getLong(1));
                }, dimension.name(), value, today, dimension.name(), value, today);
        return ids;
    }

    List<ClientClassification> forClient(long clientId, LocalDate today) {
        Map<String, Object[]> overrides = new HashMap<>();
        jdbc.query("""
                SELECT dimension, override_value, reason, overridden_by, overridden_at, valid_until
                  FROM classification_override WHERE client_id = ? AND (valid_until IS NULL OR valid_until >= ?)""",
                rs -> {
                    overrides.put(rs.getString(1), new Object[] {rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getObject(6, LocalDate.class)});
                }, clientId, today);
        List<ClientClassification> result = new ArrayList<>();
        jdbc.query("SELECT dimension, computed_value, reasons, computed_at FROM client_classification WHERE client_id = ?",
                rs -> {
                    Object[] o = overrides.get(rs.getString(1));
                    result.add(new ClientClassification(Dimension.valueOf(rs.getString(1)), rs.getString(2),
                            fromJson(rs.getString(3)), rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            o == null ? null : (String) o[0], o == null ? null : (String) o[1],
                            o == null ? null : (String) o[2], o == null ? null : (Instant) o[3],
                            o == null ? null : (LocalDate) o[4]));
                }, clientId);
        result.sort(java.util.Comparator.comparing(ClientClassification::dimension));
        return result;
    }

    /** Effective values of one dimension for every client: an override in force, else the computed value. */
    Map<Long, String> effective(Dimension dimension, LocalDate today) {
        Map<Long, String> values = new HashMap<>();
        jdbc.query("""
                SELECT c.client_id, COALESCE(o.override_value, c.computed_value)
                  FROM client_classification c
                  LEFT JOIN classification_override o ON o.client_id = c.client_id AND o.dimension = c.dimension
                       AND (o.valid_until IS NULL OR o.valid_until >= ?)
                 WHERE c.dimension = ?""", rs -> {
            values.put(rs.getLong(1), rs.getString(2));
        }, today, dimension.name());
        return values;
    }

    /** {@link #effective} for some clients (a few hundred ids at a time). */
    Map<Long, String> effectiveOf(Dimension dimension, LocalDate today, long[] clientIds) {
        Map<Long, String> values = new HashMap<>();
        if (clientIds.length == 0) {
            return values;
        }
        List<Object> args = new ArrayList<>(List.of(today, dimension.name()));
        java.util.Arrays.stream(clientIds).forEach(args::add);
        jdbc.query("""
                SELECT c.client_id, COALESCE(o.override_value, c.computed_value)
                  FROM client_classification c
                  LEFT JOIN classification_override o ON o.client_id = c.client_id AND o.dimension = c.dimension
                       AND (o.valid_until IS NULL OR o.valid_until >= ?)
                 WHERE c.dimension = ? AND c.client_id IN (""" + "?,".repeat(clientIds.length - 1) + "?)", rs -> {
            values.put(rs.getLong(1), rs.getString(2));
        }, args.toArray());
        return values;
    }

    void override(long clientId, Dimension dimension, String value, String before, String reason, String by,
                  Instant at, LocalDate validUntil) {
        tx.executeWithoutResult(s -> {
            jdbc.update(INSERT_CHANGE, clientId, dimension.name(), before, value, ChangeSource.OVERRIDE.name(), by,
                    reason, utc(at));
            jdbc.update("DELETE FROM classification_override WHERE client_id = ? AND dimension = ?", clientId, dimension.name());
            jdbc.update("""
                    INSERT INTO classification_override (client_id, dimension, override_value, reason, overridden_by,
                           overridden_at, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    clientId, dimension.name(), value, reason, by, utc(at), validUntil);
        });
    }

    /** Dimensions with an override in force, per client (the preview does not count those as moving). */
    Map<Long, java.util.Set<Dimension>> overriddenDimensions(LocalDate today) {
        Map<Long, java.util.Set<Dimension>> result = new HashMap<>();
        jdbc.query("SELECT client_id, dimension FROM classification_override WHERE valid_until IS NULL OR valid_until >= ?",
                rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> java.util.EnumSet.noneOf(Dimension.class))
                            .add(Dimension.valueOf(rs.getString(2)));
                }, today);
        return result;
    }

    boolean removeOverride(long clientId, Dimension dimension) {
        return jdbc.update("DELETE FROM classification_override WHERE client_id = ? AND dimension = ?",
                clientId, dimension.name()) > 0;
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
