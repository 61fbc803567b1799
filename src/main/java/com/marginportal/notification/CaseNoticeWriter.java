package com.marginportal.notification;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import com.marginportal.security.AuditText;
import com.marginportal.security.AuditLog;
import com.marginportal.security.CurrentUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a case's risk notice in a transaction that must not fail because of it: the breach workflow writes the
 * notice in the transaction that starts a lane's batch of processes, so a notice that throws would roll back every
 * case of the batch. A notice whose request cannot be built, rendered or stored (bad client data, a template fault,
 * a value the table refuses) is stored instead as FAILED from the start, without content, with the reason: it is in
 * the mail log and among the Incidents' failed notices, holds its place among the case's notices like a notice
 * whose delivery failed ({@link CaseNoticeOrder}: a later, stricter notice replaces it; a resolution waits for a
 * liquidation notice), and a manager's retry writes it again once the cause is fixed ({@link #rewrite}). Failures of
 * the database itself (a lost connection, a deadlock) are not caught: they fail the transaction, as before.
 */
@Service
public class CaseNoticeWriter {

    private static final Logger log = LoggerFactory.getLogger(CaseNoticeWriter.class);
    private static final int MAX_REASON = 1000;

    private final NoticeStore notices;
    private final NotificationService service;
    private final NoticeRenderer renderer;
    private final NoticeWakeUp wakeUp;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CaseNoticeWriter(NoticeStore notices, NotificationService service, NoticeRenderer renderer, NoticeWakeUp wakeUp,
                     CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.notices = notices;
        this.service = service;
        this.renderer = renderer;
        this.wakeUp = wakeUp;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The notice of {@code slot}, written from {@code request} and PENDING, or, when that fails, stored FAILED with
     * the reason; empty when {@code request} says there is nothing to send (no e-mail address). A notice already
     * stored under the slot's dedup key is returned as it is.
     */
    @Transactional
    public Optional<Long> write(NoticeSlot slot, Supplier<Optional<RiskNoticeRequest>> request) {
        Optional<Long> existing = notices.idForDedupKey(slot.dedupKey(), false);
        if (existing.isPresent()) {
            return existing;
        }
        try {
            Optional<RiskNoticeRequest> r = request.get();
            if (r.isEmpty()) {
                return Optional.empty();
            }
            RenderedNotice rendered = renderer.render(r.get());
            long id = notices.insert(NoticeHeader.of(r.get()), rendered, service.snapshot(r.get()), clock.instant(),
                    currentUser.usernameOrSystem());
            wakeUp.noticeWritten();
            return Optional.of(id);
        } catch (DuplicateKeyException raced) { // another transaction stored the same key just now
            return Optional.of(notices.idForDedupKey(slot.dedupKey(), true).orElseThrow(() -> raced));
        } catch (RuntimeException e) {
            String reason = reason(e);
            log.error("The {} notice of case {} could not be written; stored as FAILED: {}", slot.type(),
                    slot.caseId(), reason, e);
            return Optional.of(notices.insertUnwritten(slot, reason, clock.instant(), currentUser.usernameOrSystem()));
        }
    }

    /**
     * A manager's retry of a notice that could not be written: {@code request} builds it again from the case as it
     * is now (the cause fixed, e.g. the client's address corrected); written, it is PENDING and goes out in its turn.
     * False, with nothing changed, when the notice is not such a FAILED notice, lies outside the caller's scope, or a
     * later notice of its case makes it obsolete; false too when it still cannot be written (the new reason is
     * stored). Audited.
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional
    public boolean rewrite(long noticeId, Function<NoticeSlot, Optional<RiskNoticeRequest>> request) {
        Optional<NoticeSlot> found = notices.unwritten(noticeId, currentUser.scope());
        if (found.isEmpty() || notices.laterTypes(found.get().caseId(), noticeId).stream()
                .anyMatch(later -> CaseNoticeOrder.supersedes(later, found.get().type()))) {
            return false;
        }
        NoticeSlot slot = found.get();
        try {
            RiskNoticeRequest r = request.apply(slot)
                    .orElseThrow(() -> new IllegalStateException("the client has no e-mail address"));
            if (!slot.dedupKey().equals(r.dedupKey()) || slot.type() != r.type()) {
                throw new IllegalArgumentException("the request is not notice " + slot.dedupKey());
            }
            boolean queued = notices.rewritten(noticeId, NoticeHeader.of(r), renderer.render(r), service.snapshot(r),
                    clock.instant());
            if (queued) {
                wakeUp.noticeWritten();
                audit.record("NOTICE_REWRITE", "notification", Long.toString(noticeId), AuditText.of("noticeRewritten"));
            }
            return queued;
        } catch (RuntimeException e) {
            String reason = reason(e);
            notices.stillUnwritten(noticeId, reason, clock.instant());
            audit.record("NOTICE_REWRITE", "notification", Long.toString(noticeId), AuditText.of("noticeStillUnwritten", reason));
            return false;
        }
    }

    /** The notice's own fault in words; a fault of the database itself is thrown on, failing the transaction. */
    private static String reason(RuntimeException e) {
        if (e instanceof DataAccessException && !(e instanceof DataIntegrityViolationException)) {
            throw e;
        }
        String text = "not written: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
    }
}
