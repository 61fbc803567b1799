package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.marginportal.risk.BreachDetected;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.springframework.dao.CannotAcquireLockException;

import org.junit.jupiter.api.Test;

/**
 * How a lane takes its queue: starts next to each other together, a case's order kept, a failed batch split; each
 * hand-over done when its work ran (what completes the event's publication), failed when the work failed.
 */
class CaseLanesTest {

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile boolean batchesFail;

    private final CaseLanes.Starter starter = new CaseLanes.Starter() {
        @Override
        public void start(BreachDetected breach) {
            if (breach.caseId() == 13) {
                throw new IllegalStateException("case 13 cannot start");
            }
            calls.add("one " + breach.caseId());
        }

        @Override
        public void startAll(List<BreachDetected> breaches) {
            if (batchesFail) {
                throw new IllegalStateException("deadlock");
            }
            calls.add("all " + breaches.stream().map(b -> Long.toString(b.caseId())).toList());
        }
    };

    @Test
    void startsQueuedTogetherRunAsOneBatchAndAnActionKeepsItsPlace() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        try (CaseLanes lanes = new CaseLanes(1, 3, starter)) {
            lanes.execute(0, "hold the lane", () -> await(release));
            for (long id = 1; id <= 4; id++) {
                done.add(lanes.start(breach(id)));
            }
            assertThat(lanes.start(breach(2))).as("already queued: the same start").isSameAs(done.get(1));
            done.add(lanes.execute(2, "escalate case 2", () -> calls.add("escalate 2")));
            done.add(lanes.start(breach(5)));
            assertThat(done).as("nothing done while the lane is held").noneMatch(CompletableFuture::isDone);
            release.countDown();
        }
        assertThat(calls).containsExactly("all [1, 2, 3]", "one 4", "escalate 2", "one 5");
        assertThat(done).as("each hand-over done once its work ran").allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
    }

    @Test
    void aStartIsDoneOnlyAfterItsWorkRanAndFailsWhenTheWorkFailed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> good;
        CompletableFuture<Void> bad;
        CompletableFuture<Void> action;
        try (CaseLanes lanes = new CaseLanes(1, 1, starter)) {
            lanes.execute(0, "hold the lane", () -> await(release));
            good = lanes.start(breach(12));
            bad = lanes.start(breach(13));
            action = lanes.execute(14, "fail", () -> {
                throw new IllegalStateException("no process waits");
            });
            assertThat(good).isNotDone();
            release.countDown();
            good.get(10, TimeUnit.SECONDS);
        }
        assertThat(calls).containsExactly("one 12");
        assertThat(bad).isCompletedExceptionally();
        assertThat(action).isCompletedExceptionally();
    }

    @Test
    void aFailedBatchIsStartedCaseByCaseAndABadCaseDoesNotStopTheOthers() throws Exception {
        batchesFail = true;
        CountDownLatch release = new CountDownLatch(1);
        CaseLanes lanes = new CaseLanes(1, 10, starter);
        try (lanes) {
            lanes.execute(0, "hold the lane", () -> await(release));
            List.of(11L, 12L, 13L, 14L).forEach(id -> lanes.start(breach(id)));
            release.countDown();
        }
        assertThat(calls).containsExactly("one 11", "one 12", "one 14");
        assertThat(lanes.starting()).as("nothing left marked in flight").isEmpty();
    }

    @Test
    void withoutLanesEverythingRunsOnTheCallersThread() throws Exception {
        try (CaseLanes lanes = new CaseLanes(0, 25, starter)) {
            assertThat(lanes.start(breach(7))).isCompleted();
            assertThat(lanes.execute(7, "escalate case 7", () -> calls.add("escalate 7"))).isCompleted();
            assertThat(calls).containsExactly("one 7", "escalate 7");
            assertThat(lanes.starting()).isEmpty();
        }
    }


    /** A restoration meeting the notice job on the same process (Flowable's optimistic lock) is tried again at once. */
    @Test
    void anActionThatLostAnOptimisticLockIsTriedAgainInItsLane() throws Exception {
        List<String> tries = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> restored;
        try (CaseLanes lanes = new CaseLanes(1, 1, starter)) {
            restored = lanes.execute(7, "restore case 7", () -> {
                tries.add("try");
                if (tries.size() < 3) {
                    throw new FlowableOptimisticLockingException("execution was updated by another transaction");
                }
            });
            restored.get(10, TimeUnit.SECONDS);
        }
        assertThat(tries).hasSize(3);
        assertThat(restored).isCompleted().isNotCompletedExceptionally();
    }

    @Test
    void anActionThatKeepsLosingItsLockFailsAfterFiveTries() throws Exception {
        List<String> tries = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> restored;
        try (CaseLanes lanes = new CaseLanes(1, 1, starter)) {
            restored = lanes.execute(7, "restore case 7", () -> {
                tries.add("try");
                throw new FlowableOptimisticLockingException("always");
            });
        }
        assertThat(tries).hasSize(5);
        assertThat(restored).isCompletedExceptionally();
    }

    /** Two nodes claiming one case over InnoDB's duplicate-key locks: the deadlock's victim starts again, once more. */
    @Test
    void aStartChosenAsDeadlockVictimIsTriedAgain() throws Exception {
        List<String> tries = new CopyOnWriteArrayList<>();
        CaseLanes.Starter victimOnce = CaseLanes.Starter.of(breach -> {
            tries.add("try");
            if (tries.size() == 1) {
                throw new CannotAcquireLockException("INSERT INTO case_process", new SQLTransactionRollbackException(
                        "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
            }
        }, breaches -> { });
        CompletableFuture<Void> started;
        try (CaseLanes lanes = new CaseLanes(1, 1, victimOnce)) {
            started = lanes.start(breach(7));
            started.get(10, TimeUnit.SECONDS);
        }
        assertThat(tries).hasSize(2);
        assertThat(started).isCompleted().isNotCompletedExceptionally();
    }

    /** The same deadlock met inside the engine's flush reaches the lane wrapped in Flowable's exception. */
    @Test
    void aDeadlockWrappedByTheEngineIsTriedAgainToo() throws Exception {
        List<String> tries = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> started;
        try (CaseLanes lanes = new CaseLanes(0, 1, CaseLanes.Starter.of(breach -> {
            tries.add("try");
            if (tries.size() == 1) {
                throw new FlowableException("flush failed", new RuntimeException(new SQLTransactionRollbackException(
                        "Deadlock found when trying to get lock", "40001", 1213)));
            }
        }, breaches -> { }))) {
            started = lanes.start(breach(8));
        }
        assertThat(tries).hasSize(2);
        assertThat(started).isCompleted().isNotCompletedExceptionally();
    }

    @Test
    void anyOtherDatabaseFailureIsNotTriedAgain() throws Exception {
        List<String> tries = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> started;
        try (CaseLanes lanes = new CaseLanes(0, 1, CaseLanes.Starter.of(breach -> {
            tries.add("try");
            throw new FlowableException("flush failed", new java.sql.SQLSyntaxErrorException("bad", "42000", 1064));
        }, breaches -> { }))) {
            started = lanes.start(breach(9));
        }
        assertThat(tries).hasSize(1);
        assertThat(started).isCompletedExceptionally();
    }

    private static BreachDetected breach(long caseId) {
        return new BreachDetected(caseId, caseId, caseId, null, null, null, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
