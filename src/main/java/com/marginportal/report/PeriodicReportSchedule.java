package com.marginportal.report;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every weekday morning (Beijing time) whether a month's reports are due; once per cluster (ShedLock).
 * On non-trading days and once a month's run is complete the check does nothing.
 */
@Component
@ConditionalOnProperty(name = "portal.report.schedule.enabled", havingValue = "true", matchIfMissing = true)
class PeriodicReportSchedule {

    private final PeriodicReportService reports;

    PeriodicReportSchedule(PeriodicReportService reports) {
        this.reports = reports;
    }

    @Scheduled(cron = "${portal.report.schedule.cron:0 30 8 * * MON-FRI}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "periodic-reports", lockAtMostFor = "PT2H")
    void sendDue() {
        reports.sendDue();
    }
}
