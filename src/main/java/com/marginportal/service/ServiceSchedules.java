package com.marginportal.service;

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
 * When the client service jobs run: the contact plans at start-up (after the classification) and every trading day
 * morning; the overdue check of service requests every few minutes. ShedLock runs each on one node of a cluster;
 * both are idempotent anyway (unique open task per plan and client, conditional escalation mark).
 */
@Component
@ConditionalOnProperty(name = "portal.service.schedule.enabled", havingValue = "true", matchIfMissing = true)
@Order(300)
class ServiceSchedules implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ServiceSchedules.class);

    private final ContactPlanRun plans;
    private final OverdueRequests overdue;
    private final TradingCalendarService calendar;
    private final Clock clock;

    ServiceSchedules(ContactPlanRun plans, OverdueRequests overdue, TradingCalendarService calendar, Clock clock) {
        this.plans = plans;
        this.overdue = overdue;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        plans.runAt(clock.instant());
    }

    @Scheduled(cron = "${portal.service.schedule.plan-cron:0 0 8 * * MON-FRI}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "contact-plans", lockAtMostFor = "PT30M")
    void contactPlans() {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.MARKET_ZONE));
        if (!calendar.calendar().isTradingDay(today)) {
            log.debug("No contact plan run: {} is not a trading day", today);
            return;
        }
        plans.runAt(clock.instant());
    }

    @Scheduled(fixedDelayString = "${portal.service.schedule.overdue-delay:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "service-request-overdue", lockAtMostFor = "PT10M")
    void overdueRequests() {
        overdue.escalate(clock.instant());
    }
}
