package com.marginportal.classification;

import static com.marginportal.UtcColumns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.classification.domain.Recommendation;
import com.marginportal.classification.domain.RecommendationDraft;
import com.marginportal.classification.domain.ServiceAction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The recommendation catalogue: entries are added, changed under a version check and deactivated, never deleted. */
@Repository
class RecommendationStore {

    private static final String COLUMNS = """
            id, dimension, class_value, second_dimension, second_value, title_zh, title_en, description_zh,
            description_en, action_type, priority, active, version, updated_at, updated_by""";

    private final JdbcClient jdbc;

    RecommendationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every entry in the order of the dimensions and their classes (risk low → high, …), then priority. */
    List<Recommendation> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recommendation").query((rs, i) -> map(rs)).list().stream()
                .sorted(Comparator.comparing((Recommendation r) -> r.content().dimension())
                        .thenComparingInt(r -> r.content().dimension().allowedValues().indexOf(r.content().value()))
                        .thenComparingInt(r -> r.conditions().size())
                        .thenComparingInt(Recommendation::priority)
                        .thenComparingLong(Recommendation::id))
                .toList();
    }

    List<Recommendation> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recommendation WHERE active = TRUE ORDER BY id")
                .query((rs, i) -> map(rs)).list();
    }

    Optional<Recommendation> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recommendation WHERE id = ?").param(id)
                .query((rs, i) -> map(rs)).optional();
    }

    long insert(RecommendationDraft d, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO recommendation (dimension, class_value, second_dimension, second_value, title_zh, title_en,
                       description_zh, description_en, action_type, priority, active, version, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(d.dimension().name(), d.value(), d.secondDimension() == null ? null : d.secondDimension().name(),
                        d.secondValue(), d.titleZh(), d.titleEn(), d.descriptionZh(), d.descriptionEn(), d.action().name(),
                        d.priority(), d.active(), utc(at), by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** @return false when the entry changed since {@code expectedVersion} (or does not exist) */
    boolean update(long id, int expectedVersion, RecommendationDraft d, String by, Instant at) {
        return jdbc.sql("""
                UPDATE recommendation SET dimension = ?, class_value = ?, second_dimension = ?, second_value = ?,
                       title_zh = ?, title_en = ?, description_zh = ?, description_en = ?, action_type = ?, priority = ?,
                       active = ?, version = version + 1, updated_at = ?, updated_by = ?
                 WHERE id = ? AND version = ?""")
                .params(d.dimension().name(), d.value(), d.secondDimension() == null ? null : d.secondDimension().name(),
                        d.secondValue(), d.titleZh(), d.titleEn(), d.descriptionZh(), d.descriptionEn(), d.action().name(),
                        d.priority(), d.active(), utc(at), by, id, expectedVersion)
                .update() == 1;
    }

    private static Recommendation map(ResultSet rs) throws SQLException {
        String second = rs.getString("second_dimension");
        RecommendationDraft d = new RecommendationDraft(Dimension.valueOf(rs.getString("dimension")),
                rs.getString("class_value"), second == null ? null : Dimension.valueOf(second),
                rs.getString("second_value"), rs.getString("title_zh"), rs.getString("title_en"),
                rs.getString("description_zh"), rs.getString("description_en"),
                ServiceAction.valueOf(rs.getString("action_type")), rs.getInt("priority"), rs.getBoolean("active"));
        return new Recommendation(rs.getLong("id"), d, rs.getInt("version"), rs.getString("updated_by"),
                rs.getObject("updated_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }

}
