package com.marginportal.classification;

import java.math.BigDecimal;

import com.marginportal.classification.domain.ClassificationThresholds;
import com.marginportal.client.AccountValuationService;
import com.marginportal.security.AuditLog;
import com.marginportal.support.ClientFixture;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SignedIn;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changing a threshold: the preview counts exactly the clients that then move; versioned, audited, admin only. A slice
 * of the classification module with the modules it uses; the staff and the clients of high net worth are the test's.
 */
// as ClassificationModuleSupport and client.ClientBulkActionsModuleIT name it: all share one context
@ApplicationModuleTest(module = "classification", mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"importing", "service", "notification"}, verifyAutomatically = false)
class ClassificationThresholdsModuleIT extends ModuleSlice {

    @Autowired
    private ClassificationService classifications;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AuditLog auditLog;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private AccountValuationService valuation;

    @Test
    void theClientsThePreviewCountsAreTheOnesThatMove() {
        StaffFixture staff = new StaffFixture(jdbc);
        StaffFixture.Branch branch = staff.branch(1);
        String admin = staff.admin();
        ClientFixture clients = new ClientFixture(jdbc);
        long rich1 = clients.client(branch.id(), branch.advisor(1));
        long rich2 = clients.client(branch.id(), branch.advisor(1));
        long ordinary = clients.client(branch.id(), branch.advisor(1));
        jdbc.sql("UPDATE credit_account SET cash = 6000000 WHERE client_id IN (?, ?)").params(rich1, rich2).update();
        valuation.valueAll(); // the classification reads the latest valuation run

        SignedIn.as(users, admin, () -> {
            classifications.recalculateAll();
            ClassificationThresholds before = classifications.thresholds();
            int version = classifications.thresholdsVersion();
            long rich = count("HIGH_NET_WORTH");
            assertThat(scale(rich1)).isEqualTo("HIGH_NET_WORTH");
            assertThat(scale(rich2)).isEqualTo("HIGH_NET_WORTH");
            assertThat(scale(ordinary)).isEqualTo("ORDINARY");
            ClassificationThresholds higher = withHighNetWorth(before, new BigDecimal("1000000000"));

            ThresholdChange change = classifications.preview(higher);
            assertThat(change.movesByDimension().get("ASSET_SCALE")).containsEntry("HIGH_NET_WORTH → MEDIUM", rich);
            assertThat(count("HIGH_NET_WORTH")).as("a preview changes nothing").isEqualTo(rich);

            classifications.updateThresholds(higher, version);
            assertThat(count("HIGH_NET_WORTH")).isZero();
            assertThat(scale(rich1)).isEqualTo("MEDIUM");
            assertThat(classifications.thresholdsVersion()).isEqualTo(version + 1);
            assertThat(auditLog.latest("CLASSIFICATION_THRESHOLDS_CHANGED", 1)).singleElement().satisfies(e -> {
                assertThat(e.username()).isEqualTo(admin);
                assertThat(e.details()).endsWith("High net worth: total assets at least (CNY): 5000000 → 1000000000");
            });
            assertThatThrownBy(() -> classifications.updateThresholds(before, version))
                    .as("saved on a stale version").isInstanceOf(OptimisticLockingFailureException.class);

            classifications.updateThresholds(before, version + 1); // the other slices expect the defaults
            assertThat(count("HIGH_NET_WORTH")).isEqualTo(rich);
        });
    }

    @Test
    void onlyAdminsChangeRules() {
        String manager = new StaffFixture(jdbc).branch(1).manager();
        assertThatThrownBy(() -> SignedIn.as(users, manager, () -> classifications.preview(ClassificationThresholds.defaults())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long count(String value) {
        return jdbc.sql("SELECT COUNT(*) FROM client_classification WHERE dimension = 'ASSET_SCALE' AND computed_value = ?")
                .param(value).query(Long.class).single();
    }

    private String scale(long clientId) {
        return jdbc.sql("SELECT computed_value FROM client_classification WHERE dimension = 'ASSET_SCALE' AND client_id = ?")
                .param(clientId).query(String.class).single();
    }

    private static ClassificationThresholds withHighNetWorth(ClassificationThresholds t, BigDecimal assets) {
        return new ClassificationThresholds(t.lowFinancingRatio(), t.highFinancingRatio(), t.lowVolatileShare(),
                t.highVolatileShare(), t.nearLineMargin(), t.comfortableRatio(), t.shortTermTradesPerMonth(),
                t.shortTermHoldingDays(), t.shortTermMonthlyTurnover(), assets, t.mediumAssets(),
                t.passiveAdvisorShare(), t.activeTradesPerMonth());
    }
}
