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

    /** Adds the next version; the unique version refuses a concurrent save based on the same version. */
    void add(int version, ClassificationThresholds t, String by, java.time.LocalDateTime atUtc) {
        jdbc.update("""
                INSERT INTO classification_thresholds (version, low_financing_ratio, high_financing_ratio,
                       low_volatile_share, high_volatile_share, near_line_margin, comfortable_ratio,
                       short_term_trades_per_month, short_term_holding_days, short_term_monthly_turnover,
                       high_net_worth_assets, medium_assets, passive_advisor_share, active_trades_per_month,
                       created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", version, t.lowFinancingRatio(),
                t.highFinancingRatio(), t.lowVolatileShare(), t.highVolatileShare(), t.nearLineMargin(),
                t.comfortableRatio(), t.shortTermTradesPerMonth(), t.shortTermHoldingDays(),
                t.shortTermMonthlyTurnover(), t.highNetWorthAssets(), t.mediumAssets(), t.passiveAdvisorShare(),
                t.activeTradesPerMonth(), atUtc, by);
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
