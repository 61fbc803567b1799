package com.marginportal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events whose handling has not committed are delivered again (docs/architecture.md, "Events"). Spring Modulith's
 * Event Publication Registry keeps one row per event and transactional listener (table EVENT_PUBLICATION) from the
 * publisher's commit until the listener's work committed. A row still there after {@code portal.events.resubmit-after}
 * (default 2 minutes) belongs to a listener that failed or to a node that stopped, crashed or never came back: every
 * {@code portal.events.resubmit-delay} (1 minute), on one node of the cluster (ShedLock), it goes to its listener
 * again. This covers more than Spring Modulith's republish-on-restart, which only the restarted node does, at once,
 * also for events other nodes are still handling. Listeners are idempotent (one process per case, a rescan repeats).
 * Metrics: {@code portal.events.outstanding} and {@code portal.events.outstanding.oldest.age}.
 * JdbcClient, not JPA: counts and the oldest age over Spring Modulith's event_publication table (not ours).
 */
@Component
public class OutstandingEvents implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OutstandingEvents.class);

    private final IncompleteEventPublications publications;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration after;

    OutstandingEvents(IncompleteEventPublications publications, JdbcClient jdbc, Clock clock,
                      @Value("${portal.events.resubmit-after:PT2M}") Duration after) {
        this.publications = publications;
        this.jdbc = jdbc;
        this.clock = clock;
        this.after = after;
    }

    @Scheduled(fixedDelayString = "${portal.events.resubmit-delay:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "outstanding-events", lockAtMostFor = "PT10M")
    void scheduled() {
        resubmit();
    }

    /**
     * Now, whatever the schedule (tests, operations). Reads only the rows old enough (an index on completion and
     * publication date): during a burst most rows are young and stay where they are.
     *
     * @return how many publications were old enough to be handed to their listeners again
     */
    public int resubmit() {
        long old = jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL AND publication_date < ?")
                .param(Timestamp.from(clock.instant().minus(after))).query(Long.class).single();
        if (old == 0) {
            return 0;
        }
        log.warn("Delivering {} outstanding event publications again (older than {})", old, after);
        publications.resubmitIncompletePublicationsOlderThan(after);
        return (int) old;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.events.outstanding", this, OutstandingEvents::outstanding)
                .description("Event publications whose listener's work has not committed yet").register(registry);
        TimeGauge.builder("portal.events.outstanding.oldest.age", this, TimeUnit.SECONDS,
                        OutstandingEvents::oldestSeconds)
                .description("Age of the oldest outstanding event publication (0 when none)").register(registry);
    }

    private double outstanding() {
        return jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL").query(Long.class)
                .single();
    }

    private double oldestSeconds() {
        Timestamp oldest = jdbc.sql("SELECT MIN(publication_date) FROM EVENT_PUBLICATION WHERE completion_date IS NULL")
                .query(Timestamp.class).optional().orElse(null);
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds());
    }
}
