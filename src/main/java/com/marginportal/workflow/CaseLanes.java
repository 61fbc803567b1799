package com.marginportal.workflow;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.marginportal.risk.BreachDetected;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Where a node turns risk events into process actions: a few single-thread lanes, a case always on the same lane
 * (case id modulo the lane count), so a case's start runs before its escalation while different cases start in
 * parallel. Starts waiting next to each other on a lane run together, up to {@code batch}, in one transaction
 * (a burst costs one commit and one engine flush per batch instead of per case); a batch that fails is started
 * again case by case, so one bad case does not hold up the others. Each hand-over answers with a future that
 * completes once the work committed (exceptionally when it failed): the event's publication is completed only then
 * ({@link BreachEventListener}). Remembers the cases whose start is queued or running here, so the reconciler and a
 * second delivery of the same event join that start instead of queuing another. With no lanes (tests that assert
 * right after a scan) everything runs on the caller's thread.
 */
class CaseLanes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CaseLanes.class);
    private static final int LOCK_ATTEMPTS = 5;

    /** How cases are started: one in its own transaction, or several in one. */
    interface Starter {
        void start(BreachDetected breach);

        void startAll(List<BreachDetected> breaches);

        static Starter of(Consumer<BreachDetected> one, Consumer<List<BreachDetected>> several) {
            return new Starter() {
                @Override
                public void start(BreachDetected breach) {
                    one.accept(breach);
                }

                @Override
                public void startAll(List<BreachDetected> breaches) {
                    several.accept(breaches);
                }
            };
        }
    }

    /** Either an action or a start (then {@code breach} is set); {@code done} completes when it committed. */
    private record Item(String what, Runnable action, BreachDetected breach, CompletableFuture<Void> done) {
    }

    private final List<Lane> lanes = new ArrayList<>();
    private final Map<Long, CompletableFuture<Void>> starting = new ConcurrentHashMap<>();
    private final Starter starter;
    private final int batch;

    CaseLanes(int count, int batch, Starter starter) {
        this.starter = starter;
        this.batch = batch;
        for (int i = 0; i < count; i++) {
            lanes.add(new Lane("workflow-events-" + (i + 1)));
        }
    }

    /**
     * Runs the case's action after the case's earlier ones; a failure is logged, never thrown, and fails the future.
     */
    CompletableFuture<Void> execute(long caseId, String what, Runnable action) {
        Item item = new Item(what, action, null, new CompletableFuture<>());
        submit(caseId, item);
        return item.done();
    }

    /**
     * Queues the case's process start, or joins the one already queued or running here. The future completes once the
     * start committed or found the case started, exceptionally when it failed.
     */
    CompletableFuture<Void> start(BreachDetected breach) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture<Void> queued = starting.putIfAbsent(breach.caseId(), done);
        if (queued != null) {
            return queued;
        }
        submit(breach.caseId(), new Item("start the breach process of case " + breach.caseId(), null, breach, done));
        return done;
    }

    /** The cases whose start is queued or running on this node now. */
    Set<Long> starting() {
        return Set.copyOf(starting.keySet());
    }

    private void submit(long caseId, Item item) {
        if (lanes.isEmpty()) {
            process(List.of(item));
        } else {
            lanes.get((int) Math.floorMod(caseId, (long) lanes.size())).queue.add(item);
        }
    }

    private void process(List<Item> items) {
        Item first = items.get(0);
        if (first.breach() == null) {
            guarded(first, first.action());
            return;
        }
        List<BreachDetected> breaches = items.stream().map(Item::breach).toList();
        try {
            if (breaches.size() == 1) {
                guarded(first, () -> starter.start(breaches.get(0)));
                return;
            }
            try {
                starter.startAll(breaches);
                items.forEach(item -> item.done().complete(null));
            } catch (RuntimeException e) {
                log.warn("Starting {} breach processes together failed ({}); starting them one by one",
                        breaches.size(), e.toString());
                for (Item item : items) {
                    guarded(item, () -> starter.start(item.breach()));
                }
            }
        } finally {
            breaches.forEach(b -> starting.remove(b.caseId()));
        }
    }

    private static void guarded(Item item, Runnable action) {
        try {
            runTryingAgainOnLostLock(action);
            item.done().complete(null);
        } catch (RuntimeException e) {
            log.error("Could not {}", item.what(), e);
            item.done().completeExceptionally(new Failed("Could not " + item.what() + ": " + e));
        }
    }

    /**
     * Another transaction on the same process (e.g. a timer's job) changed it first, or the database chose this
     * transaction as a deadlock's victim (two nodes claiming one case meet on InnoDB's duplicate-key locks): the work
     * was rolled back whole and is tried again at once in the lane rather than left to the reconciler minutes later.
     */
    private static void runTryingAgainOnLostLock(Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (RuntimeException e) {
                if (!lostALock(e) || attempt == LOCK_ATTEMPTS) {
                    throw e;
                }
                log.debug("Lost a lock (attempt {}), trying again: {}", attempt, e.toString());
            }
        }
    }

    /** An optimistic lock lost, or a deadlock's victim, possibly wrapped by the engine (SQLState 40001, MariaDB 1213). */
    static boolean lostALock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FlowableOptimisticLockingException || t instanceof OptimisticLockingFailureException
                    || t instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213)) {
                return true;
            }
        }
        return false;
    }

    /** What a failed hand-over's future holds: the message only, as the failure is logged above with its trace. */
    static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message, null, false, false);
        }
    }

    /** Lets queued actions finish (up to 30 s), as the single event thread did on shutdown. */
    @Override
    public void close() throws InterruptedException {
        lanes.forEach(lane -> lane.open = false);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (Lane lane : lanes) {
            lane.thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
        }
    }

    /** One thread taking its queue in order; starts next to each other are taken together. */
    private final class Lane implements Runnable {

        private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
        private final Thread thread;
        private volatile boolean open = true;

        Lane(String name) {
            thread = new Thread(this, name);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            try {
                while (open || !queue.isEmpty()) {
                    Item first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first != null) {
                        process(take(first));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The item, and when it is a start, the starts queued right behind it (this thread alone takes). */
        private List<Item> take(Item first) {
            List<Item> items = new ArrayList<>();
            items.add(first);
            while (first.breach() != null && items.size() < batch && queue.peek() != null
                    && queue.peek().breach() != null) {
                items.add(queue.poll());
            }
            return items;
        }
    }
}
