package com.marginportal.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.marginportal.risk.BreachDetected;
import com.marginportal.risk.OpenBreaches;
import com.marginportal.support.SimulatedClock;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A breach whose process start was lost (the node stopped after the scan) gets its process from the reconciler,
 * once the grace period ({@code portal.workflow.reconcile-grace}, 2 minutes) has passed; starts racing for the
 * same cases (event lanes, the reconciler) give each case exactly one process.
 */
class BreachProcessReconcilerModuleIT extends WorkflowModuleSupport {

    private static final Duration PAST_GRACE = Duration.ofMinutes(3);

    @Autowired
    private BreachProcessReconciler reconciler;
    @Autowired
    private BreachProcesses processes;
    @Autowired
    private OpenBreaches openBreaches;

    @AfterEach
    void realTime() {
        SimulatedClock.reset();
    }

    @Test
    void anOpenCaseWithoutItsProcessGetsOneAndOnlyOne() {
        ProcessInstance first = breachAt("9.50");
        String caseId = first.getBusinessKey();
        lose(Long.parseLong(caseId));

        assertThat(reconciler.reconcile()).as("within the grace period the case is left to its event").isZero();
        assertThat(running(caseId)).isZero();
        SimulatedClock.shift(PAST_GRACE);
        assertThat(reconciler.reconcile()).isGreaterThanOrEqualTo(1);
        assertThat(running(caseId)).isOne();
        assertThat(reconciler.reconcile()).as("nothing left to start").isZero();
        assertThat(running(caseId)).isOne();
    }

    /**
     * Dues count from the scan that found the breach, not from the start: a start made minutes later (the reconciler
     * here; on a crash day, the end of a long burst) gives the same due times, so one scan's cases are due together
     * and the lists rank them by risk.
     */
    @Test
    void aLateStartCountsItsDuesFromTheScan() {
        ProcessInstance first = breachAt("7.50"); // liquidation: the decision is the first task
        long caseId = Long.parseLong(first.getBusinessKey());
        Date due = task(first.getId(), "managerDecision").getDueDate();
        long overdue = timerDue(first.getId(), "decisionOverdue");
        lose(caseId);

        SimulatedClock.shift(PAST_GRACE);
        reconciler.reconcile();

        ProcessInstance late = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(caseId))
                .singleResult();
        assertThat(task(late.getId(), "managerDecision").getDueDate()).as("due as when found").isEqualTo(due);
        assertThat(timerDue(late.getId(), "decisionOverdue")).as("overdue when due").isEqualTo(overdue)
                .isEqualTo(due.getTime());
    }

    /**
     * A start after the due its scan implies is due as if found at the start, never already overdue: a warning found
     * at 14:58 whose start runs at 15:01 is due at the next close (the contact-overdue escalation would otherwise reach
     * the managers at once); a liquidation started 40 minutes after its scan is decided 30 minutes after the start.
     */
    @Test
    void aStartAfterTheDueItsScanImpliesIsNotBornOverdue() {
        Instant close = calendars.calendar().deadline(Instant.now(), 1).toInstant(); // a trading day's close, ahead
        SimulatedClock.freeze(close.minus(2, ChronoUnit.MINUTES));
        ProcessInstance first = breachAt("9.50");
        assertThat(task(first.getId(), "contactClient").getDueDate().toInstant())
                .as("found just before the close: due as long after it as a margin call, not at the close")
                .isEqualTo(close.plus(118, ChronoUnit.MINUTES));
        long caseId = Long.parseLong(first.getBusinessKey());
        lose(caseId);

        Instant started = SimulatedClock.shift(Duration.ofHours(2).plus(PAST_GRACE));
        reconciler.reconcile();

        String late = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(caseId))
                .singleResult().getId();
        Instant nextClose = calendars.calendar().deadline(started, 1).toInstant();
        assertThat(task(late, "contactClient").getDueDate().toInstant()).as("the next close").isEqualTo(nextClose);
        assertThat(timerDue(late, "contactOverdue")).isEqualTo(nextClose.toEpochMilli());

        account = anotherAccount(); // another client's account, found below the liquidation line at 15:01
        ProcessInstance liquidation = breachAt("7.50");
        long liquidationCase = Long.parseLong(liquidation.getBusinessKey());
        lose(liquidationCase);
        Instant startedLate = SimulatedClock.shift(Duration.ofMinutes(40));
        reconciler.reconcile();
        String decided = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(liquidationCase))
                .singleResult().getId();
        assertThat(task(decided, "managerDecision").getDueDate().toInstant()).as("30 minutes after the start")
                .isEqualTo(startedLate.plus(30, ChronoUnit.MINUTES)); // a whole minute: the clock stands on one
    }

    private long timerDue(String processInstanceId, String activityId) {
        return management.createTimerJobQuery().processInstanceId(processInstanceId).list().stream()
                .filter(j -> activityId.equals(j.getElementId())).findFirst().orElseThrow().getDuedate().getTime();
    }

    /** A node stopped in the middle of a burst: half the cases have their process, half lost their start. */
    @Test
    void aRestartMidBurstEndsWithExactlyOneProcessPerCase() {
        List<Long> cases = openCases(8);
        List<Long> lost = cases.subList(0, 4);
        lost.forEach(this::lose);

        reconciler.reconcile();
        assertThat(lost).as("young cases are left to their events").allSatisfy(id -> assertThat(running(id)).isZero());
        SimulatedClock.shift(PAST_GRACE);
        assertThat(reconciler.reconcile()).isEqualTo(lost.size());
        assertThat(reconciler.reconcile()).as("nothing left to start").isZero();
        assertThat(cases).allSatisfy(this::hasExactlyOneLinkedProcess);
    }

    /**
     * Several nodes' event paths and the reconciler start the same lost cases at the same moment. A node is lanes of
     * its own (here without threads: each start on its racer's thread), so a start the database made a deadlock's
     * victim is tried again as on a real node.
     */
    @Test
    void startsRacingForTheSameCasesGiveOneProcessEach() throws Exception {
        List<Long> cases = openCases(6);
        cases.forEach(this::lose);
        Set<Long> ours = Set.copyOf(cases);
        List<BreachDetected> breaches = openBreaches.all().stream().filter(b -> ours.contains(b.caseId()))
                .collect(Collectors.toList());
        SimulatedClock.shift(PAST_GRACE);
        int threads = 4;
        CyclicBarrier together = new CyclicBarrier(threads + 1);
        List<Callable<Integer>> racers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<BreachDetected> order = new ArrayList<>(breaches);
            java.util.Collections.rotate(order, t);
            racers.add(() -> {
                AtomicInteger started = new AtomicInteger();
                CaseLanes.Starter counting = CaseLanes.Starter.of(
                        b -> started.addAndGet(processes.start(b).isPresent() ? 1 : 0), processes::startAll);
                together.await();
                try (CaseLanes node = new CaseLanes(0, 1, counting)) {
                    for (BreachDetected breach : order) {
                        node.start(breach).join(); // a failure that was not tried away would be thrown here
                    }
                }
                return started.get();
            });
        }
        racers.add(() -> {
            together.await();
            return reconciler.reconcile();
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        int started = 0;
        try {
            for (Future<Integer> racer : pool.invokeAll(racers)) {
                started += racer.get(); // a deadlock or unexpected failure would be thrown here
            }
        } finally {
            pool.shutdown();
        }
        assertThat(cases).allSatisfy(this::hasExactlyOneLinkedProcess);
        assertThat(started).as("starts that went through, the reconciler's included").isBetween(cases.size(),
                cases.size() + cases.size());
    }

    /** Lost cases started together in one transaction: each gets one process and its first step, as alone. */
    @Test
    void startsTakenTogetherGiveEachCaseItsProcessOnce() {
        List<Long> cases = openCases(5);
        cases.forEach(this::lose);
        List<BreachDetected> breaches = breachesOf(cases);

        assertThat(processes.startAll(breaches)).isEqualTo(cases.size());
        assertThat(processes.startAll(breaches)).as("a second batch finds them started").isZero();
        assertThat(cases).allSatisfy(this::hasExactlyOneLinkedProcess);
        cases.forEach(id -> awaitNoAsyncJobs(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(id)).singleResult().getId()));
        assertThat(cases).as("each case's first task after its notice step").allSatisfy(id ->
                assertThat(taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(id)).count())
                        .isOne());
    }

    /** Lanes taking starts together race one-by-one starts of the same cases: still one process per case. */
    @Test
    void batchedLanesRacingSingleStartsGiveOneProcessEach() throws Exception {
        List<Long> cases = openCases(8);
        cases.forEach(this::lose);
        List<BreachDetected> breaches = breachesOf(cases);
        CaseLanes.Starter starter = CaseLanes.Starter.of(processes::start, processes::startAll);
        ExecutorService single = Executors.newSingleThreadExecutor();
        try (CaseLanes lanes = new CaseLanes(2, 25, starter)) {
            List<BreachDetected> backwards = new ArrayList<>(breaches);
            java.util.Collections.reverse(backwards);
            Future<?> oneByOne = single.submit(() -> backwards.forEach(processes::start));
            breaches.forEach(lanes::start);
            oneByOne.get();
        } finally {
            single.shutdown();
        }
        assertThat(cases).allSatisfy(this::hasExactlyOneLinkedProcess);
    }

    private List<BreachDetected> breachesOf(List<Long> cases) {
        Set<Long> ours = Set.copyOf(cases);
        return openBreaches.all().stream().filter(b -> ours.contains(b.caseId())).toList();
    }

    /** Opens {@code count} cases in one scan (each with its process, started on the scan's thread in tests). */
    private List<Long> openCases(int count) {
        List<BreachFixture> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BreachFixture a = anotherAccount();
            a.price("9.50");
            accounts.add(a);
        }
        scan();
        return accounts.stream().map(BreachFixture::openCaseId).toList();
    }

    /** What a lost start leaves behind: an open case, no process, no claim. */
    private void lose(long caseId) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(caseId)).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "simulated lost start"));
        jdbc.sql("DELETE FROM case_process WHERE case_id = ?").param(caseId).update();
    }

    private long running(Object caseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).count();
    }

    private void hasExactlyOneLinkedProcess(long caseId) {
        List<ProcessInstance> running = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(caseId)).list();
        assertThat(running).as("running processes of case " + caseId).hasSize(1);
        assertThat(jdbc.sql("SELECT process_instance_id FROM case_process WHERE case_id = ?").param(caseId)
                .query(String.class).single()).as("the case's link").isEqualTo(running.get(0).getId());
    }
}
