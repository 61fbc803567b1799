package com.marginportal.classification;

import com.marginportal.classification.domain.ClassificationThresholds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The thresholds in force: the highest version (every change adds a version; older ones stay for audit). */
@Repository
class ThresholdStore {

    record Versioned(int version, ClassificationThresholds thresholds) {
    }

    private final JdbcTemplate jdbc;

    ThresholdStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Versioned current() {
        return jdbc.queryForObject("SELECT * FROM classification_thresholds ORDER BY version DESC LIMIT 1",
                (rs, i) -> new Versioned(rs.getInt("version"), new ClassificationThresholds(
                        rs.getBigDecimal("low_financing_ratio"), rs.getBigDecimal("high_financing_ratio"),
                        rs.getBigDecimal("low_volatile_share"), rs.getBigDecimal("high_volatile_share"),
                        rs.getBigDecimal("near_line_margin"), rs.getBigDecimal("comfortable_ratio"),
                        rs.getBigDecimal("short_term_trades_per_month"), rs.getBigDecimal("short_term_holding_days"),
                        rs.getBigDecimal("short_term_monthly_turnover"), rs.getBigDecimal("high_net_worth_assets"),
                        rs.getBigDecimal("medium_assets"), rs.getBigDecimal("passive_advisor_share"),
                        rs.getBigDecimal("active_trades_per_month"))));
    }
}
