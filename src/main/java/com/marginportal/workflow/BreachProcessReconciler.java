package com.marginportal.workflow;

import java.util.Set;

import com.marginportal.risk.BreachDetected;
import com.marginportal.risk.OpenBreaches;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every open risk case has its process: starts the ones whose BreachDetected was lost (a node stopped
 * between the scan and the background start). Runs every minute on one node of the cluster.
 */
@Component
class BreachProcessReconciler {

    private static final Logger log = LoggerFactory.getLogger(BreachProcessReconciler.class);

    private final OpenBreaches openBreaches;
    private final CaseProcessStore links;
    private final BreachProcesses processes;

    BreachProcessReconciler(OpenBreaches openBreaches, CaseProcessStore links, BreachProcesses processes) {
        this.openBreaches = openBreaches;
        this.links = links;
        this.processes = processes;
    }

    @Scheduled(fixedDelayString = "${portal.workflow.reconcile-delay:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "breach-process-reconciler", lockAtMostFor = "PT10M")
    void scheduled() {
        reconcile();
    }

    /** @return the processes started */
    int reconcile() {
        Set<Long> linked = links.caseIds();
        int started = 0;
        for (BreachDetected breach : openBreaches.all()) {
            if (!linked.contains(breach.caseId())) {
                try {
                    started += processes.start(breach).isPresent() ? 1 : 0;
                } catch (RuntimeException e) {
                    log.error("Could not start the breach process of case {}", breach.caseId(), e);
                }
            }
        }
        if (started > 0) {
            log.warn("Started {} missing breach processes", started);
        }
        return started;
    }
}
