package com.marginportal.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;

/**
 * The sending threads of one node ({@code portal.notification.senders}), off Spring's shared scheduler. Each batch
 * goes over one SMTP session, kept open for the next batch while work flows; each notice is marked SENT right
 * after the server accepted it, so a crash leaves at most one notice per thread with an unknown outcome.
 */
final class NoticeSenders {

    private static final Logger log = LoggerFactory.getLogger(NoticeSenders.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(5);

    /** Notices claimed under one token at one moment. */
    record Batch(String token, Instant claimedAt, List<OutboxStore.Outgoing> notices) {
    }

    private record Idle(SmtpConnection connection, long since) {
    }

    private final OutboxStore outbox;
    private final NoticeMailer mailer;
    private final AcknowledgementLinks links;
    private final SmtpStatus smtp;
    private final NotificationProperties properties;
    private final Backoff backoff;
    private final Clock clock;
    private final String threadPrefix = "notice-sender-" + INSTANCES.incrementAndGet() + "-";
    private final ExecutorService pool;
    private final BlockingDeque<Idle> idle = new LinkedBlockingDeque<>();
    private volatile boolean stopping;

    NoticeSenders(OutboxStore outbox, NoticeMailer mailer, AcknowledgementLinks links, SmtpStatus smtp,
                  NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.links = links;
        this.smtp = smtp;
        this.properties = properties;
        this.backoff = properties.backoff();
        this.clock = clock;
        AtomicInteger next = new AtomicInteger();
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        MailServiceLookups lookups = new MailServiceLookups(application != null ? application : getClass().getClassLoader());
        this.pool = Executors.newFixedThreadPool(properties.senders(), r -> {
            Thread t = new Thread(r, threadPrefix + next.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(lookups); // JavaMail's per-message service searches, answered from memory
            return t;
        });
    }

    String threadPrefix() {
        return threadPrefix;
    }

    CompletionService<Integer> completions() {
        return new ExecutorCompletionService<>(pool);
    }

    boolean stopping() {
        return stopping;
    }

    /**
     * Hands a claimed batch to the server, in order; returns how many the server accepted. A connection failure
     * fails the rest of the batch with it (each notice backs off as if tried: the server is unreachable). Notices
     * not yet handed over when the node stops, or when the claim would run out, go back to PENDING.
     */
    int send(Batch batch) {
        List<OutboxStore.Outgoing> notices = batch.notices();
        Instant lastStart = batch.claimedAt().plus(properties.claimTimeout()).minus(properties.smtpTimeout().multipliedBy(3));
        SmtpConnection connection = borrow();
        int sent = 0;
        int untouched = 0; // notices from here on were never handed over
        try {
            while (untouched < notices.size() && !stopping && !clock.instant().isAfter(lastStart)) {
                OutboxStore.Outgoing notice = notices.get(untouched++);
                try {
                    MimeMessage message = mailer.compose(links.personalize(notice)); // a fresh link per hand-over
                    connection.send(message);
                } catch (MailPreparationException e) {
                    failed(notice, batch.token(), e);
                    continue;
                } catch (SmtpConnection.Failure f) {
                    failed(notice, batch.token(), f.mailException());
                    while (f.connect() && untouched < notices.size()) {
                        failed(notices.get(untouched++), batch.token(), f.mailException());
                    }
                    continue;
                }
                smtp.delivered();
                if (!outbox.markSent(notice, batch.token(), clock.instant())) {
                    log.warn("Notice {} was accepted by the mail server after its claim had been taken over", notice.id());
                }
                sent++;
            }
        } finally {
            giveBack(connection);
            if (untouched < notices.size()) {
                giveBackClaims(notices.subList(untouched, notices.size()), batch.token());
            }
        }
        return sent;
    }

    private void giveBackClaims(List<OutboxStore.Outgoing> rest, String token) {
        try {
            int back = outbox.unclaim(rest.stream().map(OutboxStore.Outgoing::id).toList(), token);
            log.info("{} claimed notice(s) given back unsent ({})", back, stopping ? "node stopping" : "claim running out");
        } catch (RuntimeException e) { // the claims expire and are released by any dispatcher
            log.warn("Could not give back {} claimed notice(s): {}", rest.size(), e.getMessage());
        }
    }

    private void failed(OutboxStore.Outgoing notice, String token, MailException e) {
        Instant now = clock.instant();
        // a message that cannot even be composed will not get better by waiting
        boolean last = e instanceof MailPreparationException || notice.attemptsInSeries() >= properties.maxAttempts();
        Instant retryAt = last ? null : now.plus(backoff.after(notice.attemptsInSeries()));
        String error = describe(e);
        outbox.markFailed(notice, token, now, error, retryAt);
        smtp.failed(e, error, outbox::waitingCount); // an outage is one WARN per node, not one per attempt
        if (last) {
            log.error("Notice {} FAILED after {} attempt(s): {}", notice.id(), notice.attemptsInSeries(), error);
        } else {
            log.debug("Notice {} attempt {} failed, next at {}: {}", notice.id(), notice.attemptsInSeries(), retryAt, error);
        }
    }

    /** The exception and its root cause: "MailSendException: … ← ConnectException: Connection refused". */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? top : top + " ← " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private SmtpConnection borrow() {
        Idle kept = idle.pollFirst();
        if (kept == null) {
            return mailer.connection();
        }
        kept.connection().checkBeforeNextUse();
        return kept.connection();
    }

    private void giveBack(SmtpConnection connection) {
        if (stopping) {
            connection.close();
        } else {
            idle.offerFirst(new Idle(connection, System.nanoTime()));
        }
    }

    /** After a dispatch run: sessions idle for a few seconds are closed (servers drop idle sessions anyway). */
    void closeIdleSessions() {
        long now = System.nanoTime();
        for (Idle i : idle) {
            if (now - i.since() > IDLE_NANOS && idle.remove(i)) {
                i.connection().close();
            }
        }
    }

    /** No further hand-overs: running batches give back what they have not sent. */
    void stopHandingOver() {
        stopping = true;
    }

    /** Stops handing over and waits for the threads. */
    void stop(Duration wait) {
        stopping = true;
        pool.shutdown();
        try {
            if (!pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Notice senders still busy after {}: their claims expire and are released", wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Idle i; (i = idle.pollFirst()) != null; ) {
            i.connection().close();
        }
    }
}
