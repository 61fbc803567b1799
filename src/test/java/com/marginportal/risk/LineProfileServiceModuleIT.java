package com.marginportal.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.marginportal.risk.domain.RiskLines;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SimulatedClock;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two admins editing one line profile on MariaDB: the second save, made from the version both read, is refused with
 * the exception the view turns into "changed by someone else", and leaves no trace (lines, version, audit). The
 * edits keep the profile's lines as they are, so every other test's scans see the same lines. A slice of the risk
 * module with the modules it uses; the administrator is the test's own.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@WithUserDetails(value = LineProfileServiceModuleIT.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class LineProfileServiceModuleIT extends ModuleSlice {

    static final String ADMIN = "profiles-admin";

    @Autowired
    private LineProfileService profiles;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PlatformTransactionManager transactions;

    @BeforeEach
    void anAdministrator() {
        new StaffFixture(jdbc).admin(ADMIN);
    }

    @AfterEach
    void realTime() {
        SimulatedClock.reset();
    }

    @Test
    void twoAdminsOnOneProfileTheSecondSaveIsRefused() {
        RiskLineProfile seenByBoth = highRisk();
        long auditsBefore = audits(seenByBoth.id());

        RiskLineProfile first = profiles.update(seenByBoth.id(), seenByBoth.lines(), seenByBoth.version());
        assertThat(first.version()).isEqualTo(seenByBoth.version() + 1);

        assertThatThrownBy(() -> profiles.update(seenByBoth.id(), withTarget(seenByBoth.lines(), "1.6000"),
                seenByBoth.version()))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessage("line profile " + seenByBoth.id() + " was changed by someone else");

        RiskLineProfile now = highRisk();
        assertThat(now).as("as the first save left it").isEqualTo(first);
        assertThat(now.lines()).isEqualTo(seenByBoth.lines());
        assertThat(audits(seenByBoth.id())).as("the refused save is not audited").isEqualTo(auditsBefore + 1);
    }

    @Test
    void aSaveCommittedBetweenReadAndWriteRefusesTheOtherAndNothingIsHalfWritten() {
        RiskLineProfile before = highRisk();
        long auditsBefore = audits(before.id());

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            RiskLineProfile read = profiles.profiles().stream().filter(p -> p.id() == before.id()).findFirst()
                    .orElseThrow();
            requiresNew().executeWithoutResult(other -> profiles.update(read.id(), read.lines(), read.version()));

            assertThatThrownBy(() -> profiles.update(read.id(), withTarget(read.lines(), "1.6000"), read.version()))
                    .isInstanceOf(OptimisticLockingFailureException.class)
                    .hasMessage("line profile " + read.id() + " was changed by someone else");
            tx.setRollbackOnly();
        });

        RiskLineProfile now = highRisk();
        assertThat(now.version()).as("only the other admin's save").isEqualTo(before.version() + 1);
        assertThat(now.lines()).isEqualTo(before.lines());
        assertThat(audits(before.id())).isEqualTo(auditsBefore + 1);
    }

    @Test
    void aSavedProfileComesBackAsTheTableKeepsIt() {
        Instant at = SimulatedClock.freeze(Instant.parse("2026-12-01T02:03:04.123456Z"));
        RiskLineProfile read = highRisk();
        RiskLines sameLinesFewerDecimals = new RiskLines(read.lines().warning().stripTrailingZeros(),
                read.lines().marginCall().stripTrailingZeros(), read.lines().liquidation().stripTrailingZeros(),
                read.lines().topUpTarget().stripTrailingZeros(), read.lines().topUpDeadlineDays(),
                read.lines().financingRatioLine() == null ? null : read.lines().financingRatioLine().stripTrailingZeros());

        RiskLineProfile saved = profiles.update(read.id(), sameLinesFewerDecimals, read.version());

        assertThat(saved).isEqualTo(highRisk());
        assertThat(saved.lines().warning().scale()).as("DECIMAL(7,4)").isEqualTo(4);
        assertThat(saved.updatedAt()).isEqualTo(at);
        assertThat(saved.updatedBy()).isEqualTo(ADMIN);
        assertThat(jdbc.sql("SELECT updated_at FROM risk_line_profile WHERE id = ?").param(read.id())
                .query(LocalDateTime.class).single()).as("UTC wall-clock time").isEqualTo(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    @Test
    void theListKeepsItsOrderDefaultFirst() {
        assertThat(profiles.profiles()).extracting(RiskLineProfile::isDefault).first().isEqualTo(true);
        assertThat(profiles.profiles()).filteredOn(p -> !p.isDefault()).extracting(RiskLineProfile::id).isSorted();
    }

    private RiskLineProfile highRisk() {
        return profiles.profiles().stream().filter(p -> "HIGH".equals(p.appliesToRiskClass())).findFirst().orElseThrow();
    }

    private long audits(long profileId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'LINE_PROFILE_CHANGED' AND entity_id = ?")
                .param(String.valueOf(profileId)).query(Long.class).single();
    }

    private static RiskLines withTarget(RiskLines l, String target) {
        return new RiskLines(l.warning(), l.marginCall(), l.liquidation(), new BigDecimal(target),
                l.topUpDeadlineDays(), l.financingRatioLine());
    }

    private TransactionTemplate requiresNew() {
        TransactionTemplate t = new TransactionTemplate(transactions);
        t.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return t;
    }
}
