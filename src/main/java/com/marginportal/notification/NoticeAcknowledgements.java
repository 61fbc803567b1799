package com.marginportal.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * System API of the public acknowledgement page (the client has no login; the signed token is the only
 * credential): what the page may show for a token, and recording the click. A token that is forged, tampered
 * with, expired or not for a risk notice yields empty, whichever it was; a used one only its acknowledgement.
 */
@Service
public class NoticeAcknowledgements {

    private static final Logger log = LoggerFactory.getLogger(NoticeAcknowledgements.class);
    private static final int ATTEMPTS = 3;

    private final AcknowledgementTokens tokens;
    private final AcknowledgementStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final AuditLog auditLog;
    private final ObjectMapper json;
    private final Clock clock;

    NoticeAcknowledgements(AcknowledgementTokens tokens, AcknowledgementStore store, ApplicationEventPublisher events,
                           PlatformTransactionManager transactions, AuditLog auditLog, ObjectMapper json, Clock clock) {
        this.tokens = tokens;
        this.store = store;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.auditLog = auditLog;
        this.json = json;
        this.clock = clock;
    }

    /** The notice to show for a valid, unused token. Changes nothing (mail scanners open links too). */
    public Optional<AcknowledgeableNotice> open(String token) {
        return tokens.verify(token).flatMap(store::unacknowledged)
                .map(n -> new AcknowledgeableNotice(n.id(), n.language(), n.subject(),
                        AcknowledgementLinks.withoutLinkParagraph(n.text()), maskedAccount(n.snapshotJson())));
    }

    /**
     * The acknowledgement already recorded for a valid token's notice: the client who opens the link again, or
     * clicks twice, learns that it counted (and when) instead of being told the link is bad. Changes nothing.
     */
    public Optional<Acknowledgement> earlier(String token) {
        return tokens.verify(token).flatMap(store::acknowledged);
    }

    /**
     * Marks the notice acknowledged and tells the case (NoticeAcknowledged, same transaction) — once: a second
     * click, concurrent or later, gets empty and changes nothing. A transaction that loses a race with the
     * case's process (optimistic lock, deadlock) is retried as a whole.
     */
    public Optional<Acknowledgement> acknowledge(String token) {
        Optional<Long> noticeId = tokens.verify(token);
        if (noticeId.isEmpty()) {
            return Optional.empty();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<Recorded> recorded = tx.execute(status -> record(noticeId.get()));
                recorded.ifPresent(r -> auditLog.recordAs("client-" + r.event().clientId(), "NOTICE_ACKNOWLEDGED",
                        "notification", Long.toString(r.event().noticeId()),
                        AuditText.of("noticeAcknowledged", AuditText.word("noticeType." + r.event().type()),
                                r.event().caseId())));
                return recorded.map(Recorded::acknowledgement);
            } catch (ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("Acknowledgement of notice {} collided with its case, retrying: {}", noticeId.get(),
                        e.getMessage());
            }
        }
    }

    private Optional<Recorded> record(long noticeId) {
        Optional<AcknowledgementStore.Unacknowledged> notice = store.unacknowledged(noticeId);
        // DATETIME(6) keeps microseconds: the time told to the client is the time stored
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (notice.isEmpty() || !store.mark(noticeId, at)) {
            return Optional.empty();
        }
        AcknowledgementStore.Unacknowledged n = notice.get();
        NoticeAcknowledged event = new NoticeAcknowledged(n.id(), n.type(), n.caseId(), n.clientId(), at);
        events.publishEvent(event);
        return Optional.of(new Recorded(event, new Acknowledgement(n.id(), n.language(), at)));
    }

    private String maskedAccount(String snapshotJson) {
        try {
            return json.readTree(snapshotJson).path("maskedAccountNumber").asText("");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable notice snapshot", e);
        }
    }

    private record Recorded(NoticeAcknowledged event, Acknowledgement acknowledgement) {
    }
}
