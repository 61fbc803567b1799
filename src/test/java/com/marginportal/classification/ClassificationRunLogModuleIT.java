package com.marginportal.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.marginportal.classification.ClassificationRun.Status;
import com.marginportal.support.ModuleSlice;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The classification_run log on MariaDB: progress, the end of a pass, stale passes abandoned in one statement, and the
 * reads of the settings view. Runs are dated in 2001, long before any other test's, so the abandon statements here
 * touch only this test's rows; the rows of the first tests are rolled back. A slice of the classification module.
 */
// as ClassificationModuleSupport and client.ClientBulkActionsModuleIT name it: all share one context
@ApplicationModuleTest(module = "classification", mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"importing", "service", "notification"}, verifyAutomatically = false)
class ClassificationRunLogModuleIT extends ModuleSlice {

    private static final Instant T0 = Instant.parse("2001-02-03T04:05:06.123456Z");

    @Autowired
    private ClassificationRunLog runs;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void aPassRecordsItsProgressAndItsEnd() {
        inRolledBackTransaction(() -> {
            long id = runs.start(RunTrigger.IMPORT, false, "system", 10, T0);
            assertThat(runs.find(id)).hasValue(new ClassificationRun(id, RunTrigger.IMPORT, false, Status.RUNNING,
                    "system", T0, T0, null, 10, 0, 0, null));

            runs.progress(id, 5, 2, T0.plusSeconds(1));
            assertThat(runs.find(id).orElseThrow()).extracting(ClassificationRun::processed, ClassificationRun::changed,
                    ClassificationRun::updatedAt).containsExactly(5, 2, T0.plusSeconds(1));

            runs.finish(id, Status.SUCCEEDED, 7, 3, null, T0.plusSeconds(2));
            assertThat(runs.find(id)).as("a finished pass did all its clients").hasValue(new ClassificationRun(id,
                    RunTrigger.IMPORT, false, Status.SUCCEEDED, "system", T0, T0.plusSeconds(2), T0.plusSeconds(2), 7, 7,
                    3, null));
            assertThat(jdbc.sql("SELECT started_at FROM classification_run WHERE id = ?").param(id)
                    .query(LocalDateTime.class).single()).as("UTC").isEqualTo(LocalDateTime.ofInstant(T0, ZoneOffset.UTC));
        });
    }

    @Test
    void aFailedPassKeepsItsTotalAndTheStartOfItsDetail() {
        inRolledBackTransaction(() -> {
            long id = runs.start(RunTrigger.NIGHTLY, true, "system", 10, T0);
            runs.finish(id, Status.FAILED, 4, 1, "x".repeat(600), T0.plusSeconds(3));
            ClassificationRun failed = runs.find(id).orElseThrow();
            assertThat(failed.total()).isEqualTo(10);
            assertThat(failed.processed()).isEqualTo(4);
            assertThat(failed.detail()).isEqualTo("x".repeat(500));
            assertThat(failed.finishedAt()).isEqualTo(T0.plusSeconds(3));
        });
    }

    @Test
    void theLatestRunsAndTheRunningOneAreReadNewestFirst() {
        inRolledBackTransaction(() -> {
            long older = runs.start(RunTrigger.NIGHTLY, true, "system", 10, T0);
            long newer = runs.start(RunTrigger.MANUAL, true, "an-admin", 10, T0);
            assertThat(runs.latest(2)).extracting(ClassificationRun::id).containsExactly(newer, older);
            assertThat(runs.running(T0)).map(ClassificationRun::id).hasValue(newer);
            runs.finish(newer, Status.SUCCEEDED, 10, 0, null, T0.plusSeconds(1));
            assertThat(runs.running(T0)).map(ClassificationRun::id).hasValue(older);
            assertThat(runs.running(T0.plusNanos(1000))).as("not updated since").map(ClassificationRun::id)
                    .isNotEqualTo(java.util.Optional.of(older));
        });
    }

    @Test
    void stalePassesAreAbandonedInOneStatementAndLiveOnesKept() {
        inRolledBackTransaction(() -> {
            long stale = runs.start(RunTrigger.NIGHTLY, true, "system", 10, T0);
            long live = runs.start(RunTrigger.MANUAL, true, "an-admin", 10, T0.plusSeconds(60));
            assertThat(runs.abandonStale(T0.plusSeconds(30), T0.plusSeconds(90))).isOne();
            assertThat(runs.find(stale).orElseThrow()).satisfies(r -> {
                assertThat(r.status()).isEqualTo(Status.ABANDONED);
                assertThat(r.finishedAt()).isEqualTo(T0.plusSeconds(90));
                assertThat(r.detail()).isEqualTo("stopped: no progress");
            });
            assertThat(runs.find(live).orElseThrow().status()).isEqualTo(Status.RUNNING);
        });
    }

    @Test
    void progressOfAPassAbandonedMeanwhileLeavesItAbandoned() {
        long id = runs.start(RunTrigger.NIGHTLY, true, "system", 10, T0);
        try {
            new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                assertThat(runs.find(id).orElseThrow().running()).isTrue();
                requiresNew().executeWithoutResult(other -> runs.abandonStale(T0.plusSeconds(1), T0.plusSeconds(2)));
                runs.progress(id, 3, 1, T0.plusSeconds(3));
            });
            ClassificationRun now = runs.find(id).orElseThrow();
            assertThat(now.status()).as("the node that stopped does not bring its run back").isEqualTo(Status.ABANDONED);
            assertThat(now.processed()).isEqualTo(3);
        } finally {
            jdbc.sql("DELETE FROM classification_run WHERE id = ?").param(id).update();
        }
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            work.run();
            tx.setRollbackOnly();
        });
    }

    private TransactionTemplate requiresNew() {
        TransactionTemplate t = new TransactionTemplate(transactions);
        t.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return t;
    }
}
