package com.marginportal.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.risk.domain.BreachReason;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SignedIn;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Breach detection on MariaDB: one case per episode, escalation in place, restoration, no duplicates under races. A
 * slice of the risk module with the modules it uses: the events it publishes are recorded, and no other module's
 * listener (the breach workflow) acts on them. The branch, staff and accounts are the test's own.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@RecordApplicationEvents
class RiskScanModuleIT extends ModuleSlice {

    @Autowired
    private RiskScanService scanner;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApplicationEvents events;
    @Autowired
    private UserDetailsService users;

    private StaffFixture.Branch branch;
    private RiskFixture account;

    @BeforeEach
    void newAccount() {
        branch = new StaffFixture(jdbc).branch(1);
        account = new RiskFixture(jdbc, branch.id(), branch.advisor(1));
    }

    @Test
    void aBreachEpisodeOpensOneCaseThatEscalatesInPlaceAndIsRestored() {
        scanner.scan(ScanTrigger.MANUAL);
        assertThat(account.cases()).as("142.86% is above every line").isZero();

        account.price("9.50");
        ScanResult opening = scanner.scan(ScanTrigger.MANUAL);
        assertThat(account.openLevel()).isEqualTo("WARNING");
        BreachDetected detected = events.stream(BreachDetected.class)
                .filter(e -> e.accountId() == account.accountId).findFirst().orElseThrow();
        assertThat(detected.level()).isEqualTo(BreachLevel.WARNING);
        assertThat(detected.reason()).isEqualTo(BreachReason.MAINTENANCE_RATIO);
        assertThat(detected.snapshot().maintenanceRatio()).isEqualByComparingTo("1.3571");
        assertThat(detected.snapshot().totalAssets()).isEqualByComparingTo("95000.00");
        assertThat(detected.snapshot().financingDebt()).isEqualByComparingTo("70000.00");

        scanner.scan(ScanTrigger.MANUAL);
        assertThat(account.cases()).as("the same breach again changes nothing").isOne();
        assertThat(events.stream(BreachDetected.class).filter(e -> e.accountId() == account.accountId)).hasSize(1);
        assertThat(jdbc.sql("SELECT last_scan_id FROM risk_case WHERE id = ?").param(detected.caseId())
                .query(Long.class).single()).as("same figures: the case row is not written").isEqualTo(opening.scanId());

        account.price("8.90");
        scanner.scan(ScanTrigger.MANUAL);
        assertThat(account.cases()).isOne();
        assertThat(account.openLevel()).isEqualTo("MARGIN_CALL");
        BreachEscalated escalated = events.stream(BreachEscalated.class)
                .filter(e -> e.accountId() == account.accountId).findFirst().orElseThrow();
        assertThat(escalated.caseId()).isEqualTo(detected.caseId());
        assertThat(escalated.from()).isEqualTo(BreachLevel.WARNING);
        assertThat(escalated.to()).isEqualTo(BreachLevel.MARGIN_CALL);
        assertThat(escalated.snapshot().maintenanceRatio()).isEqualByComparingTo("1.2714");

        account.price("9.50");
        scanner.scan(ScanTrigger.MANUAL);
        assertThat(account.openLevel()).as("better but below the target: no de-escalation").isEqualTo("MARGIN_CALL");
        assertThat(jdbc.sql("SELECT latest_ratio FROM risk_case WHERE id = ?").param(detected.caseId())
                .query(BigDecimal.class).single()).as("kept, with the new figures").isEqualByComparingTo("1.3571");
        assertThat(jdbc.sql("SELECT lowest_ratio FROM risk_case WHERE id = ?").param(detected.caseId())
                .query(BigDecimal.class).single()).isEqualByComparingTo("1.2714");

        account.price("10.00");
        scanner.scan(ScanTrigger.MANUAL);
        assertThat(account.openCases()).isZero();
        RatioRestored restored = events.stream(RatioRestored.class)
                .filter(e -> e.accountId() == account.accountId).findFirst().orElseThrow();
        assertThat(restored.caseId()).isEqualTo(detected.caseId());
        assertThat(restored.snapshot().maintenanceRatio()).isEqualByComparingTo("1.4286");
        assertThat(account.events("OPENED")).isOne();
        assertThat(account.events("ESCALATED")).isOne();
        assertThat(account.events("RESTORED")).isOne();

        account.price("9.50");
        scanner.scan(ScanTrigger.MANUAL);
        assertThat(account.cases()).as("a new episode is a new case").isEqualTo(2);
        assertThat(account.openCases()).isOne();
    }

    @Test
    void aDropBelowTheLiquidationLineOpensAtThatLevel() {
        account.price("7.50");
        scanner.scan(ScanTrigger.MANUAL);
        assertThat(account.openLevel()).isEqualTo("LIQUIDATION");
    }

    @Test
    void twoConcurrentScansOpenOneCase() throws Exception {
        account.price("8.90");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ScanResult>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return scanner.scan(ScanTrigger.SCHEDULED);
            }));
        }
        start.countDown();
        for (Future<ScanResult> result : results) {
            result.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(account.cases()).isOne();
        assertThat(account.openLevel()).isEqualTo("MARGIN_CALL");
        assertThat(account.events("OPENED")).as("only the scan that opened the case records it").isOne();
    }

    @Test
    void theDatabaseRefusesASecondOpenCase() {
        account.price("9.50");
        scanner.scan(ScanTrigger.MANUAL);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO risk_case (account_id, open_account_id, client_id, branch_id, level, reason, status,
                       opened_at, opened_scan_id, last_scan_id, warning_line, margin_call_line, liquidation_line,
                       top_up_target, top_up_deadline_days)
                VALUES (?, ?, ?, ?, 'WARNING', 'MAINTENANCE_RATIO', 'OPEN', CURRENT_TIMESTAMP, 0, 0, 1.4, 1.3, 1.1, 1.4, 2)""")
                .params(account.accountId, account.accountId, account.clientId, branch.id()).update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void advisorsCannotStartAScan() {
        assertThatThrownBy(() -> SignedIn.as(users, branch.advisor(1), scanner::scanNow))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managersCanStartAScanThatIsLogged() {
        ScanResult result = SignedIn.as(users, branch.manager(), scanner::scanNow);
        assertThat(result.accounts()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM credit_account").query(Integer.class).single());
        assertThat(jdbc.sql("SELECT triggered_by FROM risk_scan WHERE id = ?").param(result.scanId())
                .query(String.class).single()).isEqualTo(branch.manager());
    }
}
