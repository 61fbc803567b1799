package com.marginportal.classification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scheduled recalculation: at start-up (before the start-up scan) and nightly after the close.
 * Imports trigger it too, see {@link ImportReclassification}.
 */
@Component
@ConditionalOnProperty(name = "portal.classification.schedule.enabled", havingValue = "true", matchIfMissing = true)
@Order(150) // after the demo data valuation, before the start-up scan (which then applies class profiles)
class ClassificationTriggers implements ApplicationRunner {

    private final ClassificationService classifications;

    ClassificationTriggers(ClassificationService classifications) {
        this.classifications = classifications;
    }

    @Override
    public void run(ApplicationArguments args) {
        classifications.recalculateAll();
    }

    @Scheduled(cron = "${portal.classification.schedule.nightly-cron:0 30 15 * * MON-FRI}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "classification", lockAtMostFor = "PT30M")
    void nightly() {
        classifications.recalculateAll();
    }}
