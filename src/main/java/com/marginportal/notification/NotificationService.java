package com.marginportal.notification;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.security.AuditText;
import com.marginportal.security.AuditLog;
import com.marginportal.security.CurrentUser;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client notices: enqueue (rendered and stored in the caller's transaction, sent later by
 * {@link NoticeDispatcher}), the delivery log, and the managers' view of failed notices.
 */
@Service
public class NotificationService {

    private static final int FAILED_PAGE_LIMIT = 500;
    /** A notice waiting longer than this is shown to managers at once (the back-off alone would hide it for hours). */
    public static final java.time.Duration WAITING_TOO_LONG = java.time.Duration.ofMinutes(5);

    private final NoticeStore notices;
    private final NoticeLog log;
    private final OutboxStore outbox;
    private final NoticeRenderer renderer;
    private final ObjectMapper json;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final NoticeWakeUp wakeUp;

    NotificationService(NoticeStore notices, NoticeLog log, OutboxStore outbox, NoticeRenderer renderer, ObjectMapper json,
                        CurrentUser currentUser, AuditLog auditLog, Clock clock, NoticeWakeUp wakeUp) {
        this.notices = notices;
        this.log = log;
        this.outbox = outbox;
        this.renderer = renderer;
        this.json = json;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.wakeUp = wakeUp;
    }

    /**
     * Renders the notice and stores it as PENDING in the caller's transaction (never talks to SMTP), so it is
     * sent if and only if the caller commits. With a dedup key already used, returns that notice's id instead.
     */
    @Transactional
    public long enqueueRiskNotice(RiskNoticeRequest request) {
        if (request.dedupKey() != null) {
            Optional<Long> existing = notices.idForDedupKey(request.dedupKey(), false);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        RenderedNotice rendered = renderer.render(request);
        try {
            wakeUp.noticeWritten();
            return notices.insert(NoticeHeader.of(request), rendered, snapshot(request), clock.instant(),
                    currentUser.usernameOrSystem());
        } catch (DuplicateKeyException raced) { // another transaction enqueued the same key just now
            return notices.idForDedupKey(request.dedupKey(), true).orElseThrow(() -> raced);
        }
    }

    /**
     * A notice of the past, as the outbox leaves a delivered one: rendered now exactly as {@link
     * #enqueueRiskNotice} would, stored SENT with its one delivery attempt, and acknowledged when the client did.
     * System API for history that predates the portal (the demo's past cases); nothing is sent.
     *
     * @param acknowledgedAt when the client confirmed reading it, or null
     */
    @Transactional
    public long recordDelivered(RiskNoticeRequest request, java.time.Instant createdAt, java.time.Instant sentAt,
                                java.time.Instant acknowledgedAt) {
        if (sentAt.isBefore(createdAt) || acknowledgedAt != null && acknowledgedAt.isBefore(sentAt)) {
            throw new IllegalArgumentException("a notice is sent after it is written and read after it is sent");
        }
        return notices.insertDelivered(NoticeHeader.of(request), renderer.render(request), snapshot(request), createdAt,
                sentAt, acknowledgedAt);
    }

    /** Every notice of a case in the caller's scope, oldest first (none when the case lies outside it). */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<NoticeRecord> noticesForCase(long caseId) {
        return notices.forCase(caseId, currentUser.scope());
    }

    /** Every notice of a client in the caller's scope, oldest first. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<NoticeRecord> noticesForClient(long clientId) {
        return notices.forClient(clientId, currentUser.scope());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DeliveryAttempt> deliveryAttempts(long noticeId) {
        return notices.attempts(noticeId);
    }

    /**
     * One page (at most 500) of the notices a client has not received: those being retried after the mail server
     * refused them or could not be reached (oldest first), then those that used up their attempts or could not be
     * written, newest failure first (FAILED, or SUPERSEDED by a later notice of their case after they failed); a
     * manager's branch, or all for an admin. Every one of them is on some page ({@link #countUndeliveredNotices}).
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<NoticeRecord> undeliveredNotices(int offset, int limit) {
        return notices.undelivered(currentUser.scope(), Math.max(0, offset), Math.min(limit, FAILED_PAGE_LIMIT));
    }

    /** How many notices {@link #undeliveredNotices} pages through, retrying and failed, counted in the database. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public UndeliveredNotices countUndeliveredNotices() {
        return notices.countUndelivered(currentUser.scope());
    }

    /**
     * Puts a FAILED notice back to PENDING, due now, with a fresh series of attempts. False when the notice is
     * not FAILED or lies outside the manager's branch (indistinguishable from not existing).
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional
    public boolean retry(long noticeId) {
        if (!outbox.retry(noticeId, currentUser.scope(), clock.instant())) {
            return false;
        }
        auditLog.record("NOTICE_RETRY", "notification", Long.toString(noticeId), AuditText.of("noticeRetried"));
        return true;
    }

    /** One page of the mail log, newest first: a manager's branch, or everything for an admin. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<NoticeRecord> mailLog(MailLogFilter filter, int offset, int limit) {
        return log.page(filter, currentUser.scope(), offset, Math.min(limit, 500));
    }

    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public int mailLogCount(MailLogFilter filter) {
        return log.count(filter, currentUser.scope());
    }

    /** How many notices in the caller's scope have waited longer than {@link #WAITING_TOO_LONG}. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public int noticesWaitingTooLong() {
        return log.waitingSince(clock.instant().minus(WAITING_TOO_LONG), currentUser.scope());
    }

    /** The figures the client was told, as they stood at enqueue time. */
    String snapshot(RiskNoticeRequest r) {
        NoticeFigures f = r.figures();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("valuedAt", f.valuedAt().toString());
        doc.put("maskedAccountNumber", r.maskedAccountNumber());
        doc.put("maintenanceRatio", f.maintenanceRatio());
        doc.put("totalAssets", f.totalAssets());
        doc.put("securitiesValue", f.securitiesValue());
        doc.put("cash", f.cash());
        doc.put("totalDebt", f.totalDebt());
        doc.put("financingDebt", f.financingDebt());
        doc.put("shortLiability", f.shortLiability());
        doc.put("interestAndFees", f.interestAndFees());
        doc.put("financingRatio", f.financingRatio());
        doc.put("crossedLines", r.crossedLines().stream().map(c -> Map.of("kind", c.kind().name(),
                "figure", c.figure(), "threshold", c.threshold())).toList());
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        lines.put("warning", r.lines().warning());
        lines.put("marginCall", r.lines().marginCall());
        lines.put("liquidation", r.lines().liquidation());
        lines.put("topUpTarget", r.lines().topUpTarget());
        lines.put("financingRatio", r.lines().financingRatio());
        doc.put("lines", lines);
        doc.put("topUpAmount", r.topUpAmount());
        doc.put("topUpDeadline", r.topUpDeadline() == null ? null : r.topUpDeadline().toOffsetDateTime().toString());
        if (r.heldDeadline() != null) {
            doc.put("heldDeadline", r.heldDeadline().toOffsetDateTime().toString());
        }
        if (r.setsDeadline()) {
            doc.put(NoticeKind.MARK, true); // how staff views name it (NoticeKind)
        }
        doc.put("advisorName", r.advisorName());
        doc.put("outcome", r.outcome());
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("account snapshot cannot be written as JSON", e);
        }
    }
}
