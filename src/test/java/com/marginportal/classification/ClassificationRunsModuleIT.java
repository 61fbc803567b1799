package com.marginportal.classification;

import java.time.Duration;

import com.marginportal.security.AuditLog;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.StaffFixture;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An admin's "recalculate now": in the background, one at a time across the cluster, with its progress recorded. A
 * slice of the classification module with the modules it uses; its administrator, manager and advisor are its own.
 */
// as ClassificationModuleSupport and client.ClientBulkActionsModuleIT name it: all share one context
@ApplicationModuleTest(module = "classification", mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"importing", "service", "notification"}, verifyAutomatically = false)
class ClassificationRunsModuleIT extends ModuleSlice {

    static final String ADMIN = "runs-admin";
    static final String MANAGER = "runs-manager";
    static final String ADVISOR = "runs-advisor";

    @Autowired
    private ClassificationRuns runs;
    @Autowired
    private LockProvider locks;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AuditLog auditLog;

    @BeforeEach
    void people() {
        StaffFixture staff = new StaffFixture(jdbc);
        staff.admin(ADMIN);
        if (!staff.exists(MANAGER)) {
            long branch = staff.branch(0).id();
            staff.named(MANAGER, "MANAGER", branch);
            staff.named(ADVISOR, "ADVISOR", branch);
        }
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anOnDemandRunRecordsItsProgressAndFinishes() {
        ClassificationRun started = runs.start();
        assertThat(started.trigger()).isEqualTo(RunTrigger.MANUAL);
        assertThat(started.fullPass()).isTrue();
        assertThat(started.startedBy()).isEqualTo(ADMIN);
        int clients = jdbc.sql("SELECT COUNT(*) FROM client c JOIN credit_account a ON a.client_id = c.id")
                .query(Integer.class).single();
        assertThat(started.total()).isEqualTo(clients);

        ClassificationRun done = awaitFinished(started.id());
        assertThat(done.status()).isEqualTo(ClassificationRun.Status.SUCCEEDED);
        assertThat(done.processed()).isEqualTo(done.total()).isEqualTo(clients);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt());
        assertThat(runs.current()).isEmpty();
        assertThat(runs.latest(5)).first().isEqualTo(done);
        assertThat(auditLog.latest("CLASSIFICATION_RECALCULATION_STARTED", 1)).singleElement()
                .satisfies(e -> assertThat(e.entityId()).isEqualTo(String.valueOf(done.id())));
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aSecondStartWhileOneRunsIsRefused() {
        // another node holds the cluster-wide lock and is writing its run
        SimpleLock held = locks.lock(new LockConfiguration(ClockProvider.now(), ClassificationRuns.LOCK,
                Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
        long other = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM classification_run").query(Long.class).single();
        try {
            jdbc.sql("""
                    INSERT INTO classification_run (run_trigger, full_pass, status, started_by, started_at, updated_at,
                           total_clients, processed, changed_clients)
                    VALUES ('NIGHTLY', TRUE, 'RUNNING', 'system', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 100, 40, 0)""").update();
            long runsBefore = jdbc.sql("SELECT COUNT(*) FROM classification_run").query(Long.class).single();

            assertThatThrownBy(() -> runs.start()).isInstanceOfSatisfying(RecalculationRunning.class, e ->
                    assertThat(e.running()).hasValueSatisfying(r -> {
                        assertThat(r.id()).isGreaterThan(other);
                        assertThat(r.trigger()).isEqualTo(RunTrigger.NIGHTLY);
                        assertThat(r.percent()).isEqualTo(40);
                    }));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM classification_run").query(Long.class).single()).isEqualTo(runsBefore);
        } finally {
            held.unlock();
            jdbc.sql("UPDATE classification_run SET status = 'SUCCEEDED', finished_at = UTC_TIMESTAMP(6) WHERE status = 'RUNNING'")
                    .update();
        }
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void managersCannotStartOne() {
        assertThatThrownBy(() -> runs.start()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runs.latest(5)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = ADVISOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void advisorsCannotStartOne() {
        assertThatThrownBy(() -> runs.start()).isInstanceOf(AccessDeniedException.class);
    }

    /** Polled on the test thread, where the signed-in user of the test is. */
    private ClassificationRun awaitFinished(long id) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .pollInterval(Duration.ofMillis(50)).until(() -> runs.find(id).orElseThrow(), run -> !run.running());
    }
}
