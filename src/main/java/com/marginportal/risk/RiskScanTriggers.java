package com.marginportal.risk;

import java.time.Clock;
import java.time.LocalDate;

import com.marginportal.TimeConfiguration;
import com.marginportal.calendar.TradingCalendarService;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When scans run by themselves: at start-up (data may have changed while the portal was down), and on
 * trading days every few minutes during trading hours and once after the close. ShedLock makes each
 * scheduled scan run on one node of a cluster only.
 */
@Component
@ConditionalOnProperty(name = "portal.risk.schedule.enabled", havingValue = "true", matchIfMissing = true)
@Order(200)
class RiskScanTriggers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RiskScanTriggers.class);

    private final RiskScanService scanner;
    private final TradingCalendarService calendar;
    private final Clock clock;

    RiskScanTriggers(RiskScanService scanner, TradingCalendarService calendar, Clock clock) {
        this.scanner = scanner;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        scanner.scan(ScanTrigger.STARTUP);
    }

    // held at least a while after a quick scan, so a node whose timer fires a little later skips the same tick
    @Scheduled(cron = "${portal.risk.schedule.intraday-cron}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "risk-scan", lockAtMostFor = "PT10M", lockAtLeastFor = "${portal.risk.schedule.lock-at-least-for:PT30S}")
    void intraday() {
        scanOnTradingDays();
    }

    @Scheduled(cron = "${portal.risk.schedule.close-cron}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "risk-scan", lockAtMostFor = "PT10M", lockAtLeastFor = "${portal.risk.schedule.lock-at-least-for:PT30S}")
    void afterClose() {
        scanOnTradingDays();
    }

    private void scanOnTradingDays() {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.MARKET_ZONE));
        if (!calendar.calendar().isTradingDay(today)) {
            log.debug("No scheduled scan: {} is not a trading day", today);
            return;
        }
        scanner.scan(ScanTrigger.SCHEDULED);
    }
}
