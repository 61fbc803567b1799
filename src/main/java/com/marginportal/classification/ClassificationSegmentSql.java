package com.marginportal.classification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.client.segment.ClientSegmentSql;
import com.marginportal.client.segment.SegmentJoin;
import com.marginportal.client.segment.SegmentValues;
import com.marginportal.client.segment.SqlFragment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The classification's tables as conditions and joins for the client queries. The effective value of a
 * dimension is the override in force (valid_until today or later, or open-ended), else the computed value,
 * else UNCLASSIFIED (no row yet). Conditions are written as uncorrelated IN / NOT IN subqueries so that MariaDB
 * materializes each once (the computed side from the index on (dimension, computed_value)) instead of probing
 * per client: a filter over 100,000 clients costs tens of milliseconds.
 * JdbcClient, not JPA: SQL conditions the client queries embed, and IN-list reads of many clients.
 */
@Component
class ClassificationSegmentSql implements ClientSegmentSql {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_.]{0,30}");
    private static final String TODAY = "segToday";

    private final JdbcClient jdbc;
    private final Clock clock;

    ClassificationSegmentSql(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<String> dimensions() {
        return Arrays.stream(Dimension.values()).map(Dimension::name).toList();
    }

    @Override
    public SqlFragment valueIs(String dimension, String value, String clientId) {
        Dimension d = dimension(dimension);
        if (!d.allows(value)) {
            throw new IllegalArgumentException(value + " is not a value of " + d);
        }
        String id = identifier(clientId);
        String dim = ":seg" + d.ordinal() + "Dim";
        String val = ":seg" + d.ordinal() + "Value";
        String overrides = "SELECT o.client_id FROM classification_override o WHERE o.dimension = " + dim
                + " AND (o.valid_until IS NULL OR o.valid_until >= :" + TODAY + ")";
        // without an override in force the computed row decides; UNCLASSIFIED also covers clients without a row
        String computed = Dimension.UNCLASSIFIED.equals(value)
                ? id + " NOT IN (SELECT k.client_id FROM client_classification k WHERE k.dimension = " + dim
                        + " AND k.computed_value <> " + val + ")"
                : id + " IN (SELECT k.client_id FROM client_classification k WHERE k.dimension = " + dim
                        + " AND k.computed_value = " + val + ")";
        String sql = id + " IN (" + overrides + " AND o.override_value = " + val + ") OR (" + id + " NOT IN ("
                + overrides + ") AND " + computed + ")";
        return new SqlFragment(sql, Map.of(dim.substring(1), d.name(), val.substring(1), value, TODAY, today()));
    }

    @Override
    public SqlFragment hasSuitabilityIssue(String clientId) {
        return new SqlFragment(identifier(clientId) + " IN (SELECT s.client_id FROM suitability_issue s)", Map.of());
    }

    @Override
    public SegmentJoin valueOf(String dimension, String clientId, String alias) {
        Dimension d = dimension(dimension);
        String id = identifier(clientId);
        String a = identifier(alias);
        String dim = a + "Dim";
        String joins = "LEFT JOIN client_classification " + a + "_k ON " + a + "_k.client_id = " + id + " AND "
                + a + "_k.dimension = :" + dim
                + " LEFT JOIN classification_override " + a + "_o ON " + a + "_o.client_id = " + id + " AND "
                + a + "_o.dimension = :" + dim + " AND (" + a + "_o.valid_until IS NULL OR " + a
                + "_o.valid_until >= :" + TODAY + ")";
        String expression = "COALESCE(" + a + "_o.override_value, " + a + "_k.computed_value, '"
                + Dimension.UNCLASSIFIED + "')";
        return new SegmentJoin(joins, expression, Map.of(dim, d.name(), TODAY, today()));
    }

    @Override
    public Map<Long, SegmentValues> valuesOf(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Dimension, String>> values = new HashMap<>();
        jdbc.sql("SELECT client_id, dimension, computed_value FROM client_classification WHERE client_id IN (:ids)")
                .param("ids", clientIds)
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(Dimension.valueOf(rs.getString(2)), rs.getString(3));
                });
        jdbc.sql("""
                SELECT client_id, dimension, override_value FROM classification_override
                 WHERE client_id IN (:ids) AND (valid_until IS NULL OR valid_until >= :today)""")
                .param("ids", clientIds).param("today", today())
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(Dimension.valueOf(rs.getString(2)), rs.getString(3));
                });
        Set<Long> issues = new HashSet<>(jdbc.sql("SELECT client_id FROM suitability_issue WHERE client_id IN (:ids)")
                .param("ids", clientIds).query(Long.class).list());
        Map<Long, SegmentValues> result = new HashMap<>();
        for (Long id : clientIds) {
            Map<Dimension, String> own = values.getOrDefault(id, Map.of());
            Map<String, String> ordered = new LinkedHashMap<>();
            for (Dimension d : Dimension.values()) {
                ordered.put(d.name(), own.getOrDefault(d, Dimension.UNCLASSIFIED));
            }
            result.put(id, new SegmentValues(ordered, issues.contains(id)));
        }
        return result;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Dimension dimension(String name) {
        try {
            return Dimension.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("not a dimension: " + name, e);
        }
    }

    /** Column references and aliases are the caller's code, never user input; checked all the same. */
    private static String identifier(String sql) {
        if (sql == null || !IDENTIFIER.matcher(sql).matches()) {
            throw new IllegalArgumentException("not an identifier: " + sql);
        }
        return sql;
    }
}
