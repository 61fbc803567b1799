package com.marginportal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;

/**
 * The baseline for process starts: how many instances of a start → user task → end process (no variables,
 * a business key) Flowable starts per second on this machine and database, each start its own transaction,
 * on 1 or more threads. Benchmarks report their own start rates beside it, measured in the same run.
 * <p>
 * Deploys {@code bench/minimal-process.bpmn20.xml} through the {@link RepositoryService} on first use (it is not
 * under {@code /bpmn/}, so the application never deploys it) and leaves the instances it started running; call
 * {@link #cleanUp} to delete them.
 */
public final class MinimalProcessBaseline {

    public static final String PROCESS_KEY = "benchMinimal";
    private static final String RESOURCE = "bench/minimal-process.bpmn20.xml";
    static final int WARMUP = 50;
    private static final AtomicInteger RUN = new AtomicInteger();

    /** {@code instances} started on {@code threads} threads in {@code totalMs}: {@code startsPerSecond}. */
    public record Result(int instances, int threads, long totalMs, double startsPerSecond) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d minimal starts on %d thread%s: %,d ms, %.1f starts/s",
                    instances, threads, threads == 1 ? "" : "s", totalMs, startsPerSecond);
        }
    }

    private MinimalProcessBaseline() {
    }

    /** Starts {@code instances} minimal processes on {@code threads} threads (after a short warm-up) and times it. */
    public static Result measure(RepositoryService repository, RuntimeService runtime, int instances, int threads)
            throws Exception {
        deploy(repository);
        String run = "bench-" + RUN.incrementAndGet() + "-";
        for (int i = 0; i < WARMUP; i++) {
            runtime.startProcessInstanceByKey(PROCESS_KEY, run + "warmup-" + i);
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < instances; i = next.getAndIncrement()) {
                        runtime.startProcessInstanceByKey(PROCESS_KEY, run + i);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            long nanos = System.nanoTime() - start;
            return new Result(instances, threads, nanos / 1_000_000, instances / (nanos / 1e9));
        } finally {
            pool.shutdown();
        }
    }

    /** Deletes every minimal process instance (running ones and their history), so later counts see none. */
    public static void cleanUp(RuntimeService runtime, org.flowable.engine.HistoryService history) {
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "benchmark baseline"));
        history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list()
                .forEach(p -> history.deleteHistoricProcessInstance(p.getId()));
    }

    private static synchronized void deploy(RepositoryService repository) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count() == 0) {
            repository.createDeployment().name("benchmark baseline").addClasspathResource(RESOURCE).deploy();
        }
    }
}
