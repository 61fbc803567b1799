package com.marginportal.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SignedIn;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scan log on MariaDB: a row RUNNING from the start of a scan, DONE with what the scan found, or FAILED with the
 * start of the error's message; times in UTC wall-clock. The written rows are rolled back, so no other test sees a
 * made-up scan as the latest. A slice of the risk module with the modules it uses; the manager is the test's own.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class RiskScanLogModuleIT extends ModuleSlice {

    private static final Instant STARTED = Instant.parse("2026-12-01T02:03:04.123456Z");
    private static final Instant FINISHED = Instant.parse("2026-12-01T02:03:09.654321Z");

    @Autowired
    private RiskScanLog scans;
    @Autowired
    private RiskCaseQueries queries;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private UserDetailsService users;

    @Test
    void aScanIsRunningThenDoneWithItsFigures() {
        StaffFixture staff = new StaffFixture(jdbc);
        String manager = staff.branch(1).manager();
        String admin = staff.admin();
        inRolledBackTransaction(() -> {
            long id = scans.start(ScanTrigger.MANUAL, "a-manager", STARTED);
            Map<String, Object> running = row(id);
            assertThat(running).containsEntry("status", "RUNNING").containsEntry("trigger_type", "MANUAL")
                    .containsEntry("triggered_by", "a-manager").containsEntry("started_at", utc(STARTED))
                    .containsEntry("finished_at", null).containsEntry("accounts", 0);

            scans.finish(new ScanResult(id, 77, 200, 5, 3, 1, 2, 1234, new ScanPhases(1, 2, 3, 4)), FINISHED);

            assertThat(row(id)).containsEntry("status", "DONE").containsEntry("finished_at", utc(FINISHED))
                    .containsEntry("valuation_run_id", 77L).containsEntry("accounts", 200).containsEntry("breaches", 5)
                    .containsEntry("opened", 3).containsEntry("escalated", 1).containsEntry("restored", 2)
                    .containsEntry("message", null);
            assertThat(SignedIn.as(users, admin, queries::lastScan)).as("the whole firm's figures to who sees it")
                    .hasValue(new LastScan(STARTED, "MANUAL", 200, 5));
            assertThat(SignedIn.as(users, manager, queries::lastScan))
                    .as("a branch sees when and why; its own cases are counted by its list").hasValue(
                            new LastScan(STARTED, "MANUAL", null, null));
        });
    }

    @Test
    void aFailedScanKeepsTheStartOfItsMessage() {
        inRolledBackTransaction(() -> {
            long id = scans.start(ScanTrigger.SCHEDULED, "system", STARTED);
            scans.fail(id, new IllegalStateException("失".repeat(600)), FINISHED);

            assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("finished_at", utc(FINISHED))
                    .containsEntry("message", "失".repeat(500)).containsEntry("accounts", 0)
                    .containsEntry("valuation_run_id", null);
            long other = scans.start(ScanTrigger.IMPORT, "system", STARTED);
            scans.fail(other, new IllegalStateException((String) null), FINISHED);
            assertThat(row(other)).containsEntry("message", "null");
        });
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("""
                SELECT trigger_type, triggered_by, started_at, finished_at, valuation_run_id, status, accounts, breaches,
                       opened, escalated, restored, message FROM risk_scan WHERE id = ?""").param(id)
                .query((rs, i) -> {
                    Map<String, Object> row = new java.util.HashMap<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        String name = rs.getMetaData().getColumnLabel(c).toLowerCase(java.util.Locale.ROOT);
                        row.put(name, name.endsWith("_at") ? rs.getObject(c, LocalDateTime.class)
                                : "valuation_run_id".equals(name) ? rs.getObject(c, Long.class) : rs.getObject(c));
                    }
                    return row;
                }).single();
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            work.run();
            tx.setRollbackOnly();
        });
    }
}
