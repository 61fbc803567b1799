package com.marginportal.workflow;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.notification.NoticeType;
import com.marginportal.notification.NotificationService;
import com.marginportal.notification.RiskNoticeRequest;
import com.marginportal.risk.AccountSnapshot;
import com.marginportal.risk.CaseFacts;
import com.marginportal.risk.CaseSnapshots;
import com.marginportal.security.StaffContacts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the handling of a case that ended without a process in this engine ({@link PastCase}) into the records a
 * process would have left: notices rendered by the notification feature as the process's notice step renders them,
 * contacts, decisions, the hand-off, the client's acknowledgements, and the resolution record whose timeline is the
 * case history ({@link CaseHistories#atClose}) — so every view reads such a case as it reads any ended one. Such a
 * case has no process: its record's process instance is {@link #NO_PROCESS}, and there is no board row (the board
 * lists cases with a process). System API (no scope check).
 * JdbcClient, not JPA: a read of the case's head across two tables (the hand-off goes through its repository).
 */
@Service
public class PastCases {

    /** The process instance of a record whose case was handled before the portal's engine ran it. */
    public static final String NO_PROCESS = "-";

    private final CaseSnapshots snapshots;
    private final CaseNotices notices;
    private final NotificationService notifications;
    private final CaseContactStore contacts;
    private final CaseDecisionStore decisions;
    private final CaseAcknowledgementStore acknowledgements;
    private final ResolutionStore records;
    private final CaseHistories histories;
    private final StaffContacts staff;
    private final LiquidationHandOffRepository handOffs;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final CaseDueDates dueDates;

    PastCases(CaseSnapshots snapshots, CaseNotices notices, NotificationService notifications,
              CaseContactStore contacts, CaseDecisionStore decisions, CaseAcknowledgementStore acknowledgements,
              ResolutionStore records, CaseHistories histories, StaffContacts staff,
              LiquidationHandOffRepository handOffs, JdbcClient jdbc, ObjectMapper json, CaseDueDates dueDates) {
        this.dueDates = dueDates;
        this.snapshots = snapshots;
        this.notices = notices;
        this.notifications = notifications;
        this.contacts = contacts;
        this.decisions = decisions;
        this.acknowledgements = acknowledgements;
        this.records = records;
        this.histories = histories;
        this.staff = staff;
        this.handOffs = handOffs;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes one past case's handling; the case's risk events must be there already. Once per case. */
    @Transactional
    public ResolutionOutcome record(PastCase past) {
        long caseId = past.caseId();
        if (records.exists(caseId)) {
            throw new IllegalStateException("case " + caseId + " has its resolution record already");
        }
        CaseFacts facts = snapshots.of(caseId).orElseThrow(() -> new IllegalArgumentException("no risk case " + caseId));
        Head head = head(caseId);
        List<Long> noticeIds = new ArrayList<>();
        for (PastCase.Notice n : past.notices()) {
            riskRequest(n.type(), facts, head).ifPresent(request -> {
                long id = notifications.recordDelivered(request, n.createdAt(), n.sentAt(), n.acknowledgedAt());
                noticeIds.add(id);
                if (n.acknowledgedAt() != null) {
                    acknowledgements.insert(new CaseAcknowledgement(id, caseId, n.type(), n.acknowledgedAt()),
                            n.acknowledgedAt());
                }
            });
        }
        int attempt = 0;
        for (PastCase.Contact c : past.contacts()) {
            ContactForm f = c.form();
            contacts.insert(caseId, ++attempt, f.channel().name(), f.reached(), f.plan() == null ? null : f.plan().name(),
                    f.promisedDate() == null ? null : f.promisedDate().toString(), f.note(), c.by(), c.at());
        }
        PastCase.Decision ending = null;
        int extensions = 0;
        for (PastCase.Decision d : past.decisions()) {
            decisions.insert(caseId, d.kind(), d.reason(), d.newDeadline(), d.heldDeadline(), d.by(), d.at());
            if (d.kind() == ManagerDecision.Kind.EXTENSION) {
                extensions++;
                extensionNotice(facts, head, d, extensions).ifPresent(noticeIds::add);
            } else {
                ending = d;
            }
        }
        ResolutionOutcome outcome = ending == null
                ? ResolutionOutcome.restored(figures(facts.opened()), figures(facts.restored()), extensions)
                : ending.kind() == ManagerDecision.Kind.FORCED_LIQUIDATION ? ResolutionOutcome.FORCED_LIQUIDATION
                : ResolutionOutcome.CLOSED_BY_MANAGER;
        if (outcome == ResolutionOutcome.FORCED_LIQUIDATION) {
            handOff(caseId, facts, ending);
        }
        writeRecord(past, facts, head, outcome, ending, extensions, noticeIds);
        AccountSnapshot end = facts.restored() != null ? facts.restored() : facts.latest();
        notices.resolutionRequest(facts, end, outcome).ifPresent(request -> notifications.recordDelivered(request,
                past.resolvedAt().plusSeconds(1), past.resolutionNoticeSentAt(), null));
        return outcome;
    }

    /** The client told of an extension as the process tells them: figures as they stood, delivered soon after. */
    private Optional<Long> extensionNotice(CaseFacts facts, Head head, PastCase.Decision d, int number) {
        if (!CaseNotices.extensionTold(head.level())) {
            return Optional.empty();
        }
        Instant written = d.at().plusSeconds(2);
        return notices.extensionRequest(facts, facts.latest(), d.newDeadline().atZone(java.time.ZoneOffset.UTC),
                        d.heldDeadline(), CaseNotices.extensionKey(facts.caseId(), number))
                .map(request -> notifications.recordDelivered(request, written, written.plusSeconds(9), null));
    }

    /** The case's risk notice of a level: the figures of the detection or escalation that reached that level. */
    private Optional<RiskNoticeRequest> riskRequest(NoticeType type, CaseFacts facts, Head head) {
        AccountSnapshot snapshot = type.name().equals(head.openedLevel()) ? facts.opened() : facts.latest();
        // as the process sets it when the case opens: trading days from the detection
        ZonedDateTime deadline = type == NoticeType.MARGIN_CALL
                ? dueDates.topUpDeadline(facts.opened().valuedAt(), head.deadlineDays()) : null;
        return notices.riskRequest(type, facts, snapshot, deadline);
    }

    private void writeRecord(PastCase past, CaseFacts facts, Head head, ResolutionOutcome outcome,
                             PastCase.Decision ending, int extensions, List<Long> noticeIds) {
        String decider = ending == null ? null : ending.by();
        Instant resolvedAt = past.resolvedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        records.insert(new ResolutionRecord(past.caseId(), facts.accountId(), head.clientId(), head.branchId(),
                head.advisorId(), outcome, head.level(), decider,
                decider == null ? null : staff.displayNames(List.of(decider)).getOrDefault(decider, decider),
                ending == null ? null : ending.reason(),
                facts.opened() == null ? null : facts.opened().maintenanceRatio(),
                facts.restored() != null ? facts.restored().maintenanceRatio() : facts.latestRatio(), extensions,
                noticeIds, CaseHistoryJson.write(histories.atClose(past.caseId(), null, resolvedAt, outcome)),
                write(contacts.forCase(past.caseId())), NO_PROCESS, facts.opened().valuedAt(), resolvedAt));
    }

    private void handOff(long caseId, CaseFacts facts, PastCase.Decision decision) {
        // written now: the record's history (histories.atClose) reads the row by SQL
        handOffs.saveAndFlush(new LiquidationHandOffEntity(caseId, facts.accountId(),
                CaseFigures.of(facts.latest()).topUpAmount(CaseLines.of(facts.lines()).topUpTarget()),
                decision.by(), decision.reason(), decision.at().plusMillis(200)));
    }

    /** The case row's facts the records repeat. */
    private record Head(long clientId, long branchId, Long advisorId, String level, String openedLevel,
                        int deadlineDays) {
    }

    private Head head(long caseId) {
        return jdbc.sql("""
                SELECT r.client_id, r.branch_id, r.advisor_id, r.level, r.top_up_deadline_days,
                       (SELECT e.level FROM risk_case_event e WHERE e.case_id = r.id AND e.event_type = 'OPENED')
                  FROM risk_case r WHERE r.id = ?""").param(caseId)
                .query((rs, i) -> new Head(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4),
                        rs.getString(6), rs.getInt(5)))
                .single();
    }

    private static CaseFigures figures(AccountSnapshot snapshot) {
        return snapshot == null ? null : CaseFigures.of(snapshot);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contacts cannot be written as JSON", e);
        }
    }
}
