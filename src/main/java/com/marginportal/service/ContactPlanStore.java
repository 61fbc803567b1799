package com.marginportal.service;

import static com.marginportal.UtcColumns.instant;
import static com.marginportal.UtcColumns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.service.domain.PlanDraft;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** contact_plan rows; updates are guarded by the version. */
@Repository
class ContactPlanStore {

    private final JdbcClient jdbc;

    ContactPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ContactPlan> all() {
        return jdbc.sql("SELECT * FROM contact_plan ORDER BY id").query((rs, i) -> row(rs)).list();
    }

    Optional<ContactPlan> find(long id) {
        return jdbc.sql("SELECT * FROM contact_plan WHERE id = ?").param(id).query((rs, i) -> row(rs)).optional();
    }

    long insert(PlanDraft d, Instant now, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO contact_plan (name, dimension, dimension_value, ratio_below, interval_days, active,
                       updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.name(), d.dimension().name(), d.value(), d.ratioBelow(), d.intervalDays(), d.active(),
                        utc(now), by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    boolean update(long id, int version, PlanDraft d, Instant now, String by) {
        return jdbc.sql("""
                UPDATE contact_plan SET name = ?, dimension = ?, dimension_value = ?, ratio_below = ?, interval_days = ?,
                       active = ?, updated_at = ?, updated_by = ?, version = version + 1
                 WHERE id = ? AND version = ?""")
                .params(d.name(), d.dimension().name(), d.value(), d.ratioBelow(), d.intervalDays(), d.active(),
                        utc(now), by, id, version)
                .update() == 1;
    }

    private static ContactPlan row(ResultSet rs) throws SQLException {
        PlanDraft d = new PlanDraft(rs.getString("name"), Dimension.valueOf(rs.getString("dimension")),
                rs.getString("dimension_value"), rs.getBigDecimal("ratio_below"), rs.getInt("interval_days"),
                rs.getBoolean("active"));
        return new ContactPlan(rs.getLong("id"), d, rs.getInt("version"), instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }
}
