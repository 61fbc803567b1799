package com.marginportal.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a node turns risk events into process actions: a few single-thread lanes, a case always on the same lane
 * (case id modulo the lane count), so a case's start runs before its escalation while different cases start in
 * parallel. Remembers the cases whose start is queued or running here, so the reconciler leaves them to this path.
 * With no lanes (tests that assert right after a scan) everything runs on the caller's thread.
 */
class CaseLanes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CaseLanes.class);

    private final List<ExecutorService> lanes = new ArrayList<>();
    private final Set<Long> starting = ConcurrentHashMap.newKeySet();

    CaseLanes(int count) {
        for (int i = 0; i < count; i++) {
            AtomicInteger lane = new AtomicInteger(i + 1);
            lanes.add(Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "workflow-events-" + lane.get());
                thread.setDaemon(true);
                return thread;
            }));
        }
    }

    /** Runs the case's action after the case's earlier ones; a failure is logged, never thrown. */
    void execute(long caseId, String what, Runnable action) {
        Runnable guarded = () -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.error("Could not {}", what, e);
            }
        };
        if (lanes.isEmpty()) {
            guarded.run();
        } else {
            lanes.get((int) Math.floorMod(caseId, (long) lanes.size())).execute(guarded);
        }
    }

    /** Queues the case's process start unless one is already queued or running here; false when it was. */
    boolean start(long caseId, String what, Runnable start) {
        if (!starting.add(caseId)) {
            return false;
        }
        execute(caseId, what, () -> {
            try {
                start.run();
            } finally {
                starting.remove(caseId);
            }
        });
        return true;
    }

    /** The cases whose start is queued or running on this node now. */
    Set<Long> starting() {
        return Set.copyOf(starting);
    }

    /** Lets queued actions finish (up to 30 s), as the single event thread did on shutdown. */
    @Override
    public void close() throws InterruptedException {
        lanes.forEach(ExecutorService::shutdown);
        for (ExecutorService lane : lanes) {
            lane.awaitTermination(30, TimeUnit.SECONDS);
        }
    }
}
