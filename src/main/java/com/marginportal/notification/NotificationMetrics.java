package com.marginportal.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox as metrics, read by SQL at each scrape (every node reports the same truth): notices per status and
 * the age of the oldest notice still waiting to be sent (a growing age means mail is not going out). Plus this
 * node's own view of the SMTP server ({@link SmtpStatus}): up or not, and how many outages it has seen.
 * JdbcClient, not JPA: counts per status and the oldest age, one aggregate query per scrape.
 */
@Component
class NotificationMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final SmtpStatus smtp;
    private final Clock clock;

    NotificationMetrics(JdbcClient jdbc, SmtpStatus smtp, Clock clock) {
        this.jdbc = jdbc;
        this.smtp = smtp;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (NoticeStatus status : NoticeStatus.values()) {
            Gauge.builder("portal.notices", this, m -> m.count(status)).description("Notices in the outbox, by status")
                    .tag("status", status.name().toLowerCase(java.util.Locale.ROOT)).register(registry);
        }
        TimeGauge.builder("portal.notices.oldest.pending.age", this, TimeUnit.SECONDS, NotificationMetrics::oldestPendingSeconds)
                .description("Age of the oldest notice not yet sent (0 when none)").register(registry);
        Gauge.builder("portal.notification.smtp.up", smtp, s -> s.up() ? 1 : 0)
                .description("1 while this node reaches the SMTP server, 0 during an outage").register(registry);
        FunctionCounter.builder("portal.notification.smtp.outages", smtp, SmtpStatus::outages)
                .description("SMTP outages this node has seen since it started").register(registry);
    }

    private double count(NoticeStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE status = ?").param(status.name()).query(Long.class).single();
    }

    private double oldestPendingSeconds() {
        LocalDateTime oldest = jdbc.sql("SELECT MIN(created_at) FROM notification WHERE status IN ('PENDING', 'SENDING')")
                .query(LocalDateTime.class).optional().orElse(null);
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(ZoneOffset.UTC), clock.instant()).toSeconds());
    }
}
