package com.marginportal.classification;

import java.math.BigDecimal;
import java.time.Instant;

import com.marginportal.classification.domain.ClassificationThresholds;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One version of the classification thresholds (classification_thresholds): added, never changed. Its
 * {@code version} is the set's number, not a JPA @Version: the unique key on it refuses a second save from the same
 * base.
 */
@Entity
@Immutable
@Table(name = "classification_thresholds")
class ThresholdsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int version;
    @Column(name = "low_financing_ratio")
    private BigDecimal lowFinancingRatio;
    @Column(name = "high_financing_ratio")
    private BigDecimal highFinancingRatio;
    @Column(name = "low_volatile_share")
    private BigDecimal lowVolatileShare;
    @Column(name = "high_volatile_share")
    private BigDecimal highVolatileShare;
    @Column(name = "near_line_margin")
    private BigDecimal nearLineMargin;
    @Column(name = "comfortable_ratio")
    private BigDecimal comfortableRatio;
    @Column(name = "short_term_trades_per_month")
    private BigDecimal shortTermTradesPerMonth;
    @Column(name = "short_term_holding_days")
    private BigDecimal shortTermHoldingDays;
    @Column(name = "short_term_monthly_turnover")
    private BigDecimal shortTermMonthlyTurnover;
    @Column(name = "high_net_worth_assets")
    private BigDecimal highNetWorthAssets;
    @Column(name = "medium_assets")
    private BigDecimal mediumAssets;
    @Column(name = "passive_advisor_share")
    private BigDecimal passiveAdvisorShare;
    @Column(name = "active_trades_per_month")
    private BigDecimal activeTradesPerMonth;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected ThresholdsEntity() {
    }

    ThresholdsEntity(int version, ClassificationThresholds t, String by, Instant at) {
        this.version = version;
        lowFinancingRatio = t.lowFinancingRatio();
        highFinancingRatio = t.highFinancingRatio();
        lowVolatileShare = t.lowVolatileShare();
        highVolatileShare = t.highVolatileShare();
        nearLineMargin = t.nearLineMargin();
        comfortableRatio = t.comfortableRatio();
        shortTermTradesPerMonth = t.shortTermTradesPerMonth();
        shortTermHoldingDays = t.shortTermHoldingDays();
        shortTermMonthlyTurnover = t.shortTermMonthlyTurnover();
        highNetWorthAssets = t.highNetWorthAssets();
        mediumAssets = t.mediumAssets();
        passiveAdvisorShare = t.passiveAdvisorShare();
        activeTradesPerMonth = t.activeTradesPerMonth();
        createdAt = at;
        createdBy = by;
    }

    ThresholdStore.Versioned toVersioned() {
        return new ThresholdStore.Versioned(version, new ClassificationThresholds(lowFinancingRatio, highFinancingRatio,
                lowVolatileShare, highVolatileShare, nearLineMargin, comfortableRatio, shortTermTradesPerMonth,
                shortTermHoldingDays, shortTermMonthlyTurnover, highNetWorthAssets, mediumAssets, passiveAdvisorShare,
                activeTradesPerMonth));
    }
}
