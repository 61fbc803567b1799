package com.marginportal.workflow;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board's 批量展期: every case of the board's filter whose deadline runs, extended by some trading days from its
 * own deadline — a market-stress day on which the regulator asks brokers to extend. Each case in its own transaction
 * ({@link DeadlineExtensions}), so a refused one changes nothing and the others go on; each client told.
 */
@Service
public class BulkExtensions {

    private static final Logger log = LoggerFactory.getLogger(BulkExtensions.class);
    /** The most trading days one bulk extension adds: a regulator's relief is days, not weeks. */
    public static final int MAX_DAYS = 10;

    private final CaseBoard board;
    private final DeadlineExtensions extensions;
    private final AuditLog audit;
    private final TransactionTemplate eachCase;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bulk-extension");
        t.setDaemon(true);
        return t;
    });

    BulkExtensions(CaseBoard board, DeadlineExtensions extensions, AuditLog audit, PlatformTransactionManager transactions) {
        this.board = board;
        this.extensions = extensions;
        this.audit = audit;
        this.eachCase = new TransactionTemplate(transactions);
        this.eachCase.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How many open cases of the filter have a running deadline: what {@link #extendAll} would take. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public int running(BoardFilter filter) {
        return (int) board.search(filter, 0, Integer.MAX_VALUE).stream()
                .filter(r -> r.isOpen() && DeadlineExtensions.deadlineRunning(r.level(), r.step())).count();
    }

    /**
     * Extends every open case of the filter whose deadline runs by {@code tradingDays} trading days from the deadline
     * it holds, each in its own transaction: a case refused (no extension left, a year the calendar does not cover,
     * changed meanwhile) changes nothing and the others go on. Returns what was done and why not.
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public BulkExtension extendAll(BoardFilter filter, int tradingDays, String reason) {
        requireBulk(tradingDays, reason);
        return extendEach(filter, tradingDays, reason, done -> { });
    }

    /**
     * {@link #extendAll} on a thread of its own, as the caller (a crash day's thousand cases take tens of seconds,
     * which the board's user need not wait for); {@code progress} hears how many cases were done. Refuses a bad
     * request at once, in the caller's thread. One bulk extension runs at a time on a node, the next waits.
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public CompletableFuture<BulkExtension> extendAllInBackground(BoardFilter filter, int tradingDays, String reason,
                                                                  IntConsumer progress) {
        requireBulk(tradingDays, reason);
        SecurityContext caller = SecurityContextHolder.createEmptyContext(); // a copy: the request's own is cleared
        caller.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        Executor asCaller = new DelegatingSecurityContextExecutor(background, caller);
        return CompletableFuture.supplyAsync(() -> extendEach(filter, tradingDays, reason, progress), asCaller)
                .whenComplete((done, failed) -> {
                    if (failed != null) {
                        log.error("Bulk extension by {} trading day(s) stopped", tradingDays, failed);
                    }
                });
    }

    /** Refuses a bulk extension that adds no or too many trading days, or gives no reason. */
    private static void requireBulk(int tradingDays, String reason) {
        BoardReasons.require(reason);
        if (tradingDays < 1 || tradingDays > MAX_DAYS) {
            throw new CaseActionException("tradingDays", MAX_DAYS);
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    private BulkExtension extendEach(BoardFilter filter, int tradingDays, String reason, IntConsumer progress) {
        long started = System.nanoTime();
        int extended = 0;
        int done = 0;
        Map<String, Integer> refused = new TreeMap<>();
        for (BoardRow listed : board.search(filter, 0, Integer.MAX_VALUE)) {
            if (!listed.isOpen() || !DeadlineExtensions.deadlineRunning(listed.level(), listed.step())) {
                continue;
            }
            try {
                eachCase.executeWithoutResult(tx -> extensions.extendBy(listed.caseId(), tradingDays, reason.strip()));
                extended++;
            } catch (CaseActionException e) {
                refused.merge(BulkExtension.why(e.reason()), 1, Integer::sum);
            } catch (RuntimeException e) { // changed by someone else meanwhile (a timer fired, a task completed)
                log.warn("Case {} not extended in bulk: {}", listed.caseId(), e.toString());
                refused.merge(BulkExtension.CHANGED, 1, Integer::sum);
            }
            progress.accept(++done);
        }
        BulkExtension result = new BulkExtension(extended, refused);
        log.info("Bulk extension by {} trading day(s): {} case(s) extended, not {} in {} ms", tradingDays, extended,
                refused, (System.nanoTime() - started) / 1_000_000);
        audit.record("CASE_EXTEND_BULK", "RISK_CASE", "-", AuditText.of("casesExtended", extended, tradingDays,
                result.notExtended(), reason.strip()));
        return result;
    }

}
