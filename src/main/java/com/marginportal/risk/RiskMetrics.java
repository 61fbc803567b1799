package com.marginportal.risk;

import com.marginportal.risk.domain.BreachLevel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The risk feature's metrics: scan duration (per trigger), accounts in breach (open cases, read from the
 * database at each scrape, so every node reports the cluster's truth) and cases opened per level.
 * JdbcClient, not JPA: an aggregate count of open cases, read at each scrape.
 */
@Component
class RiskMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private MeterRegistry registry;

    RiskMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("portal.risk.accounts.in.breach", this, m -> m.openCases())
                .description("Credit accounts with an open risk case").register(registry);
        for (BreachLevel level : BreachLevel.values()) {
            opened(level); // every level from 0, so a rate over it is defined before the first breach
        }
    }

    void scanned(ScanTrigger trigger, ScanResult result) {
        if (registry != null) {
            Timer.builder("portal.risk.scan").description("Duration of a risk scan over every credit account")
                    .tag("trigger", trigger.name()).register(registry).record(Duration.ofMillis(result.millis()));
        }
    }

    /** Counted by the scan after its commit (not as a listener: the event is published before the commit). */
    void opened(BreachDetected breach) {
        if (registry != null) {
            opened(breach.level()).increment();
        }
    }

    private Counter opened(BreachLevel level) {
        return Counter.builder("portal.risk.cases.opened").description("Risk cases opened, by breach level")
                .tag("level", level.name()).register(registry);
    }

    private double openCases() {
        return jdbc.sql("SELECT COUNT(*) FROM risk_case WHERE status = 'OPEN'").query(Long.class).single();
    }
}
