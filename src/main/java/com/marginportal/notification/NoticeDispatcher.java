package com.marginportal.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;

/**
 * Sends due notices. Each one is claimed first (PENDING → SENDING in one conditional UPDATE), so any number of
 * dispatchers on any number of nodes send it once; it is marked SENT only after the SMTP server accepted it.
 * A failure records the attempt and schedules the next with exponential back-off, or ends the notice as
 * FAILED after the last attempt. No transaction spans the SMTP call.
 * <p>
 * Per case, notices go out in the order they were written, one at a time: only a case's oldest unsent notice is
 * ever due ({@link OutboxStore#dueIds}); an unsent notice made obsolete by a later one of its case is SUPERSEDED
 * instead ({@link CaseNoticeOrder}). So a pool of sending threads or a second node keeps the order too.
 * <p>
 * Delivery is exactly once unless a node dies between the server's acceptance and the SENT update: its claim
 * then expires and the notice goes out again (at least once beats never for a margin call).
 */
@Component
public class NoticeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);
    private static final int MAX_ROUNDS = 20;

    private final OutboxStore outbox;
    private final NoticeMailer mailer;
    private final NotificationProperties properties;
    private final Backoff backoff;
    private final AcknowledgementLinks links;
    private final SmtpStatus smtp;
    private final Clock clock;

    NoticeDispatcher(OutboxStore outbox, NoticeMailer mailer, NotificationProperties properties,
                     AcknowledgementLinks links, SmtpStatus smtp, Clock clock) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.links = links;
        this.properties = properties;
        this.backoff = properties.backoff();
        this.smtp = smtp;
        this.clock = clock;
    }

    /** Sends every notice due now (up to 20 rounds of a batch each); returns how many this call delivered. */
    public int dispatchDue() {
        try {
            return dispatchRounds();
        } finally {
            smtp.runEnded();
        }
    }

    private int dispatchRounds() {
        Instant now = clock.instant();
        int released = outbox.releaseStale(now.minus(properties.claimTimeout()), now, properties.maxAttempts());
        if (released > 0) {
            log.warn("Released {} notice(s) whose sender stopped mid-send; they will be sent again", released);
        }
        int sent = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int superseded = supersedeObsolete();
            List<Long> due = outbox.dueIds(clock.instant(), properties.batchSize());
            int claimed = 0;
            for (long id : due) {
                String token = UUID.randomUUID().toString();
                if (claim(id, token)) {
                    claimed++;
                    sent += deliver(outbox.outgoing(id), token) ? 1 : 0;
                }
            }
            // a sent notice lets the next one of its case go: another round, until nothing moves
            if (claimed == 0 && superseded == 0) {
                break;
            }
        }
        return sent;
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

    /** A lock conflict on the claim means another dispatcher holds the row: that one will send it. */
    private boolean claim(long id, String token) {
        try {
            return outbox.claim(id, token, clock.instant());
        } catch (PessimisticLockingFailureException busy) {
            log.debug("Notice {} is being claimed elsewhere: {}", id, busy.getMessage());
            return false;
        }
    }

    private boolean deliver(OutboxStore.Outgoing notice, String token) {
        try {
            mailer.send(links.personalize(notice)); // each hand-over gets a fresh link
        } catch (RuntimeException e) {
            failed(notice, token, e);
            return false;
        }
        smtp.delivered();
        if (!outbox.markSent(notice, token, clock.instant())) {
            log.warn("Notice {} was accepted by the mail server after its claim had been taken over", notice.id());
        }
        return true;
    }

    private void failed(OutboxStore.Outgoing notice, String token, RuntimeException e) {
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
}
