package com.marginportal.classification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scheduled recalculation: at start-up (before the start-up scan; skipped while another node runs one) and nightly
 * after the close, both under the cluster-wide lock that also guards an admin's "recalculate now".
 * Imports trigger it too, see {@link ImportReclassification}.
 */
@Component
@ConditionalOnProperty(name = "portal.classification.schedule.enabled", havingValue = "true", matchIfMissing = true)
@Order(150) // after the demo data valuation, before the start-up scan (which then applies class profiles)
class ClassificationTriggers implements ApplicationRunner {

    private final ClassificationRuns runs;
    private final RecalculationPass pass;

    ClassificationTriggers(ClassificationRuns runs, RecalculationPass pass) {
        this.runs = runs;
        this.pass = pass;
    }

    @Override
    public void run(ApplicationArguments args) {
        runs.runIfIdle(RunTrigger.STARTUP);
    }

    @Scheduled(cron = "${portal.classification.schedule.nightly-cron:0 30 15 * * MON-FRI}", zone = "Asia/Shanghai")
    @SchedulerLock(name = ClassificationRuns.LOCK, lockAtMostFor = "PT30M")
    void nightly() {
        pass.all(RunTrigger.NIGHTLY, "system");
    }
}
