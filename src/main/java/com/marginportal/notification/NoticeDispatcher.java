package com.marginportal.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Sends due notices. They are claimed in batches (PENDING → SENDING under one claim token, one conditional UPDATE
 * a batch), so any number of dispatchers on any number of nodes send each notice once; one of this node's sending
 * threads ({@link NoticeSenders}) hands a batch over one SMTP session and marks each notice SENT as soon as the
 * server accepted it. A failure records the attempt and schedules the next with exponential back-off, or ends the
 * notice as FAILED after the last attempt. No transaction spans the SMTP call. A run goes on while work is due
 * (batches are claimed as sending threads become free), so there is no pause between batches.
 * <p>
 * Per case, notices go out in the order they were written, one at a time: only a case's oldest unsent notice is
 * ever due ({@link OutboxStore#dueIds}); an unsent notice made obsolete by a later one of its case is SUPERSEDED
 * instead ({@link CaseNoticeOrder}). So the case's next notice is claimed only after its previous one is SENT,
 * whichever thread or node sends them.
 * <p>
 * Exactly once, with one defined exception. A stopping node sends no further notice and gives its unsent claims
 * back (PENDING at once, the attempt taken back); a claim left by a node that died expires after
 * {@code claim-timeout} and its notices go out then, so a restart neither loses nor repeats them. The exception is
 * a node dying between the server's acceptance and the SENT update (at most one notice per sending thread): its
 * outcome is unknown, the delivery log says so ("claim expired … outcome unknown") and the notice goes out again
 * under the same Message-ID — at least once beats never for a margin call, and the recipient's mail system can
 * tell the copy for what it is.
 */
@Component
public class NoticeDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);

    private final OutboxStore outbox;
    private final NotificationProperties properties;
    private final NoticeSenders senders;
    private final SmtpStatus smtp;
    private final Clock clock;

    NoticeDispatcher(OutboxStore outbox, NoticeMailer mailer, NotificationProperties properties,
                     AcknowledgementLinks links, SmtpStatus smtp, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.smtp = smtp;
        this.clock = clock;
        this.senders = new NoticeSenders(outbox, mailer, links, smtp, properties, clock);
    }

    /** Sends every notice due now, and those that become due meanwhile; returns how many this call delivered. */
    public int dispatchDue() {
        try {
            return dispatchWhileDue();
        } finally {
            smtp.runEnded();
            senders.closeIdleSessions();
        }
    }

    /** Claims no more notices; batches under way give back what they have not handed over. */
    void stopHandingOver() {
        senders.stopHandingOver();
    }

    /** The names of this dispatcher's sending threads start with this. */
    String senderThreadPrefix() {
        return senders.threadPrefix();
    }

    @Override
    public void destroy() {
        senders.stop(properties.smtpTimeout().multipliedBy(3));
    }

    private int dispatchWhileDue() {
        Instant now = clock.instant();
        int released = outbox.releaseStale(now.minus(properties.claimTimeout()), now, properties.maxAttempts());
        if (released > 0) {
            log.warn("Released {} notice(s) whose sender stopped mid-send; they will be sent again", released);
        }
        int maxInFlight = 2 * properties.senders(); // one batch sending and one waiting per thread
        CompletionService<Integer> done = senders.completions();
        int inFlight = 0;
        int sent = 0;
        boolean reconnected = false;
        supersedeObsolete();
        while (true) {
            boolean more = false;
            int free = maxInFlight - inFlight;
            if (free > 0 && !senders.stopping()) {
                List<Long> due = outbox.dueIds(clock.instant(), free * properties.batchSize());
                int claimed = 0;
                for (List<Long> part : split(due, free)) {
                    NoticeSenders.Batch batch = claim(part);
                    if (!batch.notices().isEmpty()) {
                        done.submit(() -> senders.send(batch));
                        inFlight++;
                        claimed++;
                    }
                }
                // a full answer may have left more behind; an answer someone else claimed first: look again
                more = due.size() == free * properties.batchSize() || claimed == 0 && !due.isEmpty();
            }
            if (more && inFlight < maxInFlight) {
                continue;
            }
            if (inFlight == 0) {
                if (more) {
                    continue;
                }
                // nothing due, nothing under way: done, unless superseding lets a later notice go
                if (senders.stopping() || supersedeObsolete() == 0) {
                    break;
                }
                continue;
            }
            Integer batchSent = finished(done);
            if (batchSent == null) {
                break;
            }
            sent += batchSent;
            inFlight--;
            if (batchSent > 0 && !reconnected) {
                reconnected = true; // once a run: the loop claims them next
                dueAfterReconnect();
            }
        }
        return sent;
    }

    /**
     * The server took mail: the notices that waited only for it go now, not after the rest of their back-off (up to
     * an hour after an outage ended; every minute a client is not told is a minute they cannot top up). From the
     * database, not this node's view of the outage, so it holds after a restart and across nodes.
     */
    private void dueAfterReconnect() {
        int due = outbox.dueAfterReconnect(clock.instant());
        if (due > 0) {
            log.info("The mail server takes mail again: {} notice(s) that waited for it are due now", due);
        }
    }

    /** The due ids in up to {@code parts} batches of about equal size: every free thread gets work. */
    private static List<List<Long>> split(List<Long> due, int parts) {
        List<List<Long>> batches = new ArrayList<>();
        if (due.isEmpty()) {
            return batches;
        }
        int size = (due.size() + Math.min(parts, due.size()) - 1) / Math.min(parts, due.size());
        for (int from = 0; from < due.size(); from += size) {
            batches.add(due.subList(from, Math.min(due.size(), from + size)));
        }
        return batches;
    }

    /** A lock conflict on the claim means another dispatcher holds the rows: that one will send them. */
    private NoticeSenders.Batch claim(List<Long> ids) {
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        try {
            return new NoticeSenders.Batch(token, now, outbox.claim(ids, token, now));
        } catch (PessimisticLockingFailureException busy) {
            log.debug("Notices {} are being claimed elsewhere: {}", ids, busy.getMessage());
            return new NoticeSenders.Batch(token, now, List.of());
        }
    }

    /** How many the next finished batch delivered (0 when it broke); null when this thread is interrupted. */
    private static Integer finished(CompletionService<Integer> done) {
        try {
            Future<Integer> batch = done.take();
            return batch.get();
        } catch (ExecutionException e) {
            log.error("A batch of notices broke off; its unsent claims expire and are released", e.getCause());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Replaces the unsent notices that a later notice of their case makes obsolete ({@link CaseNoticeOrder}),
     * before anything of those cases is claimed; one that another dispatcher claimed meanwhile goes out first.
     */
    private int supersedeObsolete() {
        int superseded = 0;
        for (var notices : outbox.casesWithLaterNotices().values()) {
            for (CaseNoticeOrder.Supersession s : CaseNoticeOrder.obsolete(notices)) {
                if (supersede(s)) {
                    superseded++;
                    log.info("Notice {} superseded by notice {} of the same case: not sent", s.noticeId(),
                            s.supersededBy());
                }
            }
        }
        return superseded;
    }

    /** A lock conflict means another dispatcher is at the row: the next round looks again. */
    private boolean supersede(CaseNoticeOrder.Supersession s) {
        try {
            return outbox.supersede(s.noticeId(), s.supersededBy(), clock.instant());
        } catch (PessimisticLockingFailureException busy) {
            log.debug("Notice {} is being changed elsewhere: {}", s.noticeId(), busy.getMessage());
            return false;
        }
    }
}
