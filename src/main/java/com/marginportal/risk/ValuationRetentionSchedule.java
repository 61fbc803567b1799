package com.marginportal.risk;

import java.time.Clock;
import java.time.LocalDate;

import com.marginportal.TimeConfiguration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the valuation history retention once a day after the close, on one node of a cluster (ShedLock). */
@Component
@ConditionalOnProperty(name = "portal.valuation.retention.enabled", havingValue = "true", matchIfMissing = true)
class ValuationRetentionSchedule {

    private final ValuationHistoryRetention retention;
    private final Clock clock;

    ValuationRetentionSchedule(ValuationHistoryRetention retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.valuation.retention.cron:0 30 17 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "valuation-retention", lockAtMostFor = "PT2H")
    void daily() {
        retention.purge(LocalDate.now(clock.withZone(TimeConfiguration.MARKET_ZONE)));
    }
}
