package com.marginportal.classification;

import java.math.BigDecimal;

import com.marginportal.classification.domain.ClassificationThresholds;
import com.marginportal.security.AuditLog;
import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Changing a threshold: the preview counts exactly the clients that then move; versioned, audited, admin only. */
class ClassificationThresholdsIT extends IntegrationTest {

    @Autowired
    private ClassificationService classifications;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AuditLog auditLog;

    @Test
    @WithUserDetails("admin")
    void theClientsThePreviewCountsAreTheOnesThatMove() {
        classifications.recalculateAll();
        ClassificationThresholds before = classifications.thresholds();
        int version = classifications.thresholdsVersion();
        long rich = count("HIGH_NET_WORTH");
        assertThat(rich).isPositive();
        ClassificationThresholds higher = withHighNetWorth(before, new BigDecimal("1000000000"));

        ThresholdChange change = classifications.preview(higher);
        assertThat(change.movesByDimension().get("ASSET_SCALE")).containsEntry("HIGH_NET_WORTH → MEDIUM", rich);
        assertThat(count("HIGH_NET_WORTH")).as("a preview changes nothing").isEqualTo(rich);

        classifications.updateThresholds(higher, version);
        assertThat(count("HIGH_NET_WORTH")).isZero();
        assertThat(classifications.thresholdsVersion()).isEqualTo(version + 1);
        assertThat(auditLog.latest("CLASSIFICATION_THRESHOLDS_CHANGED", 1)).singleElement()
                .satisfies(e -> assertThat(e.details()).endsWith("High net worth: total assets at least (CNY): 5000000 → 1000000000"));
        assertThatThrownBy(() -> classifications.updateThresholds(before, version))
                .as("saved on a stale version").isInstanceOf(OptimisticLockingFailureException.class);

        classifications.updateThresholds(before, version + 1); // the other tests expect the defaults
        assertThat(count("HIGH_NET_WORTH")).isEqualTo(rich);
    }

    @Test
    @WithUserDetails("manager1")
    void onlyAdminsChangeRules() {
        assertThatThrownBy(() -> classifications.preview(ClassificationThresholds.defaults()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long count(String value) {
        return jdbc.sql("SELECT COUNT(*) FROM client_classification WHERE dimension = 'ASSET_SCALE' AND computed_value = ?")
                .param(value).query(Long.class).single();
    }

    private static ClassificationThresholds withHighNetWorth(ClassificationThresholds t, BigDecimal assets) {
        return new ClassificationThresholds(t.lowFinancingRatio(), t.highFinancingRatio(), t.lowVolatileShare(),
                t.highVolatileShare(), t.nearLineMargin(), t.comfortableRatio(), t.shortTermTradesPerMonth(),
                t.shortTermHoldingDays(), t.shortTermMonthlyTurnover(), assets, t.mediumAssets(),
                t.passiveAdvisorShare(), t.activeTradesPerMonth());
    }
}
