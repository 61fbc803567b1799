package com.marginportal.notification;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.stereotype.Component;

/**
 * This node's view of the SMTP server, so an outage is one WARN when it starts and one INFO when mail goes out
 * again, not a line per notice per attempt (those go to DEBUG and to the delivery log). In memory on purpose:
 * each node has its own connection to the server, so each node reports its own outage.
 */
@Component
class SmtpStatus {

    private static final Logger log = LoggerFactory.getLogger(SmtpStatus.class);

    private final Clock clock;
    private Instant downSince; // null while up
    private Duration lastOutage;
    private int sentSinceRecovery;
    private long outages;

    SmtpStatus(Clock clock) {
        this.clock = clock;
    }

    /** A failed hand-over: starts an outage if the server could not be reached (not a message it refused). */
    synchronized void failed(RuntimeException e, String error, IntSupplier waiting) {
        if (downSince != null || !isConnectionFailure(e)) {
            return;
        }
        reportRecovery(); // a recovery earlier in this run, not yet reported
        downSince = clock.instant();
        outages++;
        log.warn("SMTP server unreachable, notices wait until it is back ({} notice(s) waiting): {}", waiting.getAsInt(), error);
    }

    /** A notice the server accepted: ends an outage; the recovery is reported at the end of the dispatch run. */
    synchronized void delivered() {
        if (downSince != null) {
            lastOutage = Duration.between(downSince, clock.instant()).truncatedTo(ChronoUnit.SECONDS);
            downSince = null;
            sentSinceRecovery = 0;
        }
        if (lastOutage != null) {
            sentSinceRecovery++;
        }
    }

    /** After each dispatch run: one line for a recovery, with what went out in that run. */
    synchronized void runEnded() {
        reportRecovery();
    }

    private void reportRecovery() {
        if (lastOutage != null) {
            log.info("SMTP delivery works again after an outage of {} ({} notice(s) sent)", lastOutage, sentSinceRecovery);
            lastOutage = null;
            sentSinceRecovery = 0;
        }
    }

    synchronized boolean up() {
        return downSince == null;
    }

    synchronized long outages() {
        return outages;
    }

    /** Spring's sender reports "Mail server connection failed" with the I/O error as cause; or login failed. */
    static boolean isConnectionFailure(Throwable e) {
        if (e instanceof MailAuthenticationException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return e.getMessage() != null && e.getMessage().startsWith("Mail server connection failed");
    }
}
