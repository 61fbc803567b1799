package com.marginportal.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.marginportal.risk.BreachDetected;
import com.marginportal.risk.OpenBreaches;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every open risk case has its process: the safety net under the event path. BreachDetected is no longer lost
 * between the scan and the start (its publication is redelivered until the start committed, OutstandingEvents); this
 * checks the state instead of the events, so a case without a process for any other reason (opened before the
 * registry existed, its publication removed by hand) still gets one. Runs every minute on one node of the cluster. It leaves alone
 * what the event path is still doing, so a long burst is not started twice over: a case whose start is queued
 * on this node ({@link CaseLanes}) and a case opened less than {@code portal.workflow.reconcile-grace} ago (its
 * event may be queued on another node). The starts go to the cases' lanes, not the scheduler's thread; a start
 * that meets a process started meanwhile is refused by the claim ({@link CaseProcessStore}), never run twice.
 * The same run is the safety net under the cases' holders: a case in handling that does not follow its client's
 * advisor by the rule (a scan opened it with the advisor the client had just before moving) follows now
 * ({@link CaseHolders#followClients}); and under the cases' branches: a case in handling whose process is still
 * offered to another branch than the case's takes it along ({@link #followBranches}).
 */
@Component
class BreachProcessReconciler {

    private static final Logger log = LoggerFactory.getLogger(BreachProcessReconciler.class);

    private final OpenBreaches openBreaches;
    private final CaseProcessStore links;
    private final CaseLanes lanes;
    private final CaseDueDates clock;
    private final WorkflowProperties properties;
    private final CaseHolders holders;
    private final CaseBranches branches;

    BreachProcessReconciler(OpenBreaches openBreaches, CaseProcessStore links, CaseLanes lanes, CaseDueDates clock,
                            WorkflowProperties properties, CaseHolders holders, CaseBranches branches) {
        this.holders = holders;
        this.branches = branches;
        this.openBreaches = openBreaches;
        this.links = links;
        this.lanes = lanes;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${portal.workflow.reconcile-delay:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "breach-process-reconciler", lockAtMostFor = "PT10M")
    void scheduled() {
        reconcile();
        holders.followClients();
        followBranches();
    }

    /**
     * The safety net under {@code risk.CaseBranchMoved}: a case in handling whose process is still offered to another
     * branch than the case's takes it along now ({@link CaseBranches#follow}, which reads the case's branch again, so a
     * move the event path is making at the same moment is not made twice).
     * @return how many processes moved
     */
    int followBranches() {
        int moved = 0;
        for (long caseId : links.casesOnAnotherBranch()) {
            try {
                moved += branches.follow(caseId) ? 1 : 0;
            } catch (RuntimeException e) { // e.g. the event path moving it just now; the next run looks again
                log.warn("Case {} could not follow its branch now: {}", caseId, e.toString());
            }
        }
        if (moved > 0) {
            log.warn("{} case process(es) were still on another branch than their case's; moved now", moved);
        }
        return moved;
    }

    /** @return the missing processes handed to their lanes to start */
    int reconcile() {
        // in this order: a start that leaves the lanes after the second read has committed its claim before the third
        List<BreachDetected> open = openBreaches.all();
        Set<Long> inFlight = lanes.starting();
        Set<Long> linked = links.caseIds();
        Instant openedBefore = clock.now().minus(properties.reconcileGrace());
        int handed = 0;
        int young = 0;
        for (BreachDetected breach : open) {
            long caseId = breach.caseId();
            if (linked.contains(caseId) || inFlight.contains(caseId)) {
                continue;
            }
            if (breach.snapshot().valuedAt().isAfter(openedBefore)) {
                young++;
                continue;
            }
            lanes.start(breach);
            handed++;
        }
        if (handed > 0) {
            log.warn("Started {} missing breach processes (handed to their lanes)", handed);
        }
        if (young > 0) {
            log.info("{} open cases without a process are younger than {}; left to their events", young,
                    properties.reconcileGrace());
        }
        return handed;
    }
}
