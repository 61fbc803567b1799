package com.marginportal.classification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.risk.RiskFixture;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.security.AuditLog;
import com.marginportal.support.ClientFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Classification on MariaDB: computed from the archive, explained, overridden with an audit, used by risk lines. */
class ClassificationModuleIT extends ClassificationModuleSupport {

    @Autowired
    private RiskScanService scanner;
    @Autowired
    private AuditLog auditLog;

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void everyClientGetsFourExplainedClassificationsFromTheData() {
        long wealthy = new ClientFixture(jdbc).client(branch(), ADVISOR);
        jdbc.sql("UPDATE credit_account SET cash = 6000000 WHERE client_id = ?").param(wealthy).update();
        new RiskFixture(jdbc, branch(), ADVISOR).price("9.50"); // below the warning line: HIGH
        new RiskFixture(jdbc, branch(), ADVISOR).price("30"); // far above every line, little financed: not HIGH
        scanner.scan(ScanTrigger.MANUAL);
        int classified = classifications.recalculateAll();
        assertThat(classified).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM client").query(Integer.class).single());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client_classification").query(Long.class).single())
                .isEqualTo(4L * classified);

        long rich = jdbc.sql("SELECT client_id FROM credit_account WHERE total_assets >= 5000000 ORDER BY id")
                .query(Long.class).list().get(0);
        ClientClassification scale = dimension(classifications.classificationsOf(rich), Dimension.ASSET_SCALE);
        assertThat(scale.computedValue()).isEqualTo("HIGH_NET_WORTH");
        assertThat(scale.reasons()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("reason.assetsAtLeast");
            assertThat(r.figures().get(1)).isEqualTo("5,000,000");
        });
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT computed_value) FROM client_classification WHERE dimension = 'RISK_LEVEL'")
                .query(Long.class).single()).as("the clients spread over the levels").isGreaterThanOrEqualTo(2);
    }

    /** "ACTIVE" as the English details write it: "Active". */
    private static String inWords(String needsClass) {
        return needsClass.charAt(0) + needsClass.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anOverrideIsAuditedAndSurvivesRecalculation() {
        long client = clientOfBranch(branch());
        classifications.recalculateAll();
        String computed = dimension(classifications.classificationsOf(client), Dimension.NEEDS).computedValue();
        String other = "ACTIVE".equals(computed) ? "PASSIVE" : "ACTIVE";

        classifications.override(client, Dimension.NEEDS, other, "客户已签署投顾协议，依赖顾问决策", LocalDate.of(2099, 1, 1));
        classifications.recalculateAll();

        ClientClassification needs = dimension(classifications.classificationsOf(client), Dimension.NEEDS);
        assertThat(needs.effectiveValue()).isEqualTo(other);
        assertThat(needs.computedValue()).isEqualTo(computed);
        assertThat(needs.computedDisagrees()).isTrue();
        assertThat(needs.overriddenBy()).isEqualTo(MANAGER);
        assertThat(auditLog.latest("CLASSIFICATION_OVERRIDDEN", 1)).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("Needs: " + inWords(computed) + " → " + inWords(other))
                        .endsWith("until 2099-01-01"));
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void overridesAreValidatedAndScoped() {
        long own = clientOfBranch(branch());
        long foreign = clientOfBranch(otherBranch());
        assertThatIllegalArgumentException().isThrownBy(() ->
                classifications.override(own, Dimension.NEEDS, "ACTIVE", " ", null)).withMessageContaining("reason");
        assertThatIllegalArgumentException().isThrownBy(() ->
                classifications.override(own, Dimension.NEEDS, "HIGH", "x", null)).withMessageContaining("not a value");
        assertThatThrownBy(() -> classifications.override(foreign, Dimension.NEEDS, "ACTIVE", "x", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(classifications.classificationsOf(foreign)).isEmpty();
    }

    @Test
    @WithUserDetails(value = ADVISOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void advisorsCannotOverride() {
        assertThatThrownBy(() -> classifications.override(clientOfBranch(branch()), Dimension.NEEDS, "ACTIVE", "x", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aHighRiskClientIsHeldToTheStricterLines() {
        RiskFixture account = new RiskFixture(jdbc, branch(), ADVISOR);
        account.price("10.30"); // 147.14%: above the default 140% warning line, below the high-risk 150%
        scanner.scan(ScanTrigger.MANUAL);
        classifications.recalculateAll();
        assertThat(account.cases()).isZero();

        classifications.override(account.clientId, Dimension.RISK_LEVEL, "HIGH", "集中持有小盘股", null);
        scanner.scan(ScanTrigger.MANUAL);
        assertThat(account.openLevel()).isEqualTo("WARNING");
        assertThat(jdbc.sql("SELECT warning_line FROM risk_case WHERE account_id = ?").param(account.accountId)
                .query(BigDecimal.class).single()).isEqualByComparingTo("1.50");
    }

    /** A new client of the branch's advisor, classified by the next pass. */
    private long clientOfBranch(long branch) {
        return new ClientFixture(jdbc).client(branch, branch == branch() ? ADVISOR : OTHER_ADVISOR);
    }

    private static ClientClassification dimension(List<ClientClassification> all, Dimension d) {
        return all.stream().filter(c -> c.dimension() == d).findFirst().orElseThrow();
    }
}
