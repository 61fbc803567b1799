package com.marginportal.classification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;
import com.marginportal.security.CurrentUser;

import jakarta.annotation.PreDestroy;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Full recalculations one at a time across the cluster (the ShedLock lock {@value #LOCK}, shared with the nightly
 * run): an admin's "recalculate now" runs in the background and is followed through its {@code classification_run}
 * row; the start-up pass is skipped while another node runs one. The latest runs (any trigger) for the settings view.
 */
@Service
public class ClassificationRuns {

    static final String LOCK = "classification";
    /** A node that dies mid-run frees the lock after this. */
    static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);
    /** A running row without progress for this long belongs to a node that stopped. */
    static final Duration STALE_AFTER = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(ClassificationRuns.class);

    private final LockProvider locks;
    private final RecalculationPass pass;
    private final ClassificationRunLog runs;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "classification-run");
        thread.setDaemon(true);
        return thread;
    });

    ClassificationRuns(LockProvider locks, RecalculationPass pass, ClassificationRunLog runs, CurrentUser currentUser,
                       AuditLog auditLog, Clock clock) {
        this.locks = locks;
        this.pass = pass;
        this.runs = runs;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Starts a full pass in the background and returns its run (running); audited.
     * @throws RecalculationRunning when one is running already (here or on another node)
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ClassificationRun start() {
        SimpleLock lock = lock().orElseThrow(() -> new RecalculationRunning(current().orElse(null)));
        try {
            runs.abandonStale(clock.instant().minus(STALE_AFTER), clock.instant());
            long runId = pass.open(RunTrigger.MANUAL, currentUser.usernameOrSystem());
            auditLog.record("CLASSIFICATION_RECALCULATION_STARTED", "CLASSIFICATION_RUN", String.valueOf(runId),
                    AuditText.of("classificationRunStarted"));
            background.execute(() -> {
                try {
                    pass.all(runId);
                } catch (RuntimeException e) {
                    log.warn("classification run {} failed", runId, e);
                } finally {
                    lock.unlock();
                }
            });
            return runs.find(runId).orElseThrow();
        } catch (RuntimeException e) {
            lock.unlock();
            throw e;
        }
    }

    /** The run in progress, if any (a stopped node's stale row does not count). */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<ClassificationRun> current() {
        return runs.running(clock.instant().minus(STALE_AFTER));
    }

    /** One run as it stands now. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<ClassificationRun> find(long id) {
        return runs.find(id);
    }

    /** The latest runs, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ClassificationRun> latest(int limit) {
        return runs.latest(Math.max(1, Math.min(limit, 100)));
    }

    /** A full pass in the caller's thread unless one runs elsewhere (then skipped: returns empty). */
    Optional<Integer> runIfIdle(RunTrigger trigger) {
        Optional<SimpleLock> lock = lock();
        if (lock.isEmpty()) {
            log.info("{} classification skipped: another run holds the lock", trigger);
            return Optional.empty();
        }
        try {
            return Optional.of(pass.all(trigger, "system"));
        } finally {
            lock.get().unlock();
        }
    }

    private Optional<SimpleLock> lock() {
        return locks.lock(new LockConfiguration(ClockProvider.now(), LOCK, LOCK_AT_MOST, Duration.ZERO));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** The current time (for ETAs in views). */
    public Instant now() {
        return clock.instant();
    }
}
