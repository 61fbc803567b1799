package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.marginportal.client.ClientNoticeContacts;
import com.marginportal.client.NoticeContact;
import com.marginportal.notification.CaseNoticeWriter;
import com.marginportal.notification.NoticeCrossedLine;
import com.marginportal.notification.NoticeSlot;
import com.marginportal.notification.NoticeType;
import com.marginportal.notification.NotificationService;
import com.marginportal.notification.RiskNoticeRequest;
import com.marginportal.risk.AccountSnapshot;
import com.marginportal.risk.CaseFacts;
import com.marginportal.risk.CaseSnapshots;
import com.marginportal.risk.domain.BreachReason;
import com.marginportal.risk.domain.CrossedLine;
import com.marginportal.security.StaffContact;
import com.marginportal.security.StaffContacts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Risk and resolution notices of a case, enqueued in the notification outbox (one per case and type). */
@Service
class CaseNotices {

    private static final Logger log = LoggerFactory.getLogger(CaseNotices.class);
    private static final String NO_ADVISOR = "客户服务中心";

    private final NotificationService notifications;
    private final CaseNoticeWriter writer;
    private final ClientNoticeContacts clients;
    private final StaffContacts staff;
    private final CaseSnapshots snapshots;
    private final ProcessCases cases;
    private final CaseDecisionStore decisions;

    CaseNotices(NotificationService notifications, CaseNoticeWriter writer, ClientNoticeContacts clients,
                StaffContacts staff, CaseSnapshots snapshots, ProcessCases cases, CaseDecisionStore decisions) {
        this.cases = cases;
        this.decisions = decisions;
        this.notifications = notifications;
        this.writer = writer;
        this.clients = clients;
        this.staff = staff;
        this.snapshots = snapshots;
    }

    /**
     * The notice of the case's current level, with the figures of its latest snapshot (the detection or
     * escalation that called for it) and exactly the lines those figures cross; empty when the client has no
     * e-mail address. A margin call asks for the cash that meets every crossed line (ratio to the target,
     * financing ratio back to its line). Written in the caller's transaction (a lane's batch of starts, or an
     * escalation) and never failing it: a notice that cannot be written is stored FAILED with its reason
     * ({@link CaseNoticeWriter}), and the process goes on to its task. The client is the start's (a transient
     * variable: nothing stored), a process's own copy (started before issue 14), else the case's.
     */
    Optional<Long> riskNotice(long caseId, Map<String, Object> v) {
        NoticeType type = NoticeType.valueOf(v.get(LEVEL).toString());
        long clientId = v.get(CLIENT_ID) instanceof Number n ? n.longValue() : cases.of(caseId).clientId();
        NoticeSlot slot = new NoticeSlot(type, caseId, clientId, id(v.get(BRANCH_ID)), dedupKey(caseId, type));
        return writer.write(slot, () -> riskRequest(type, caseId, (Date) v.get(DEADLINE)));
    }

    /**
     * The request of the case's risk notice of {@code type} on its latest snapshot (what {@link #riskNotice} writes);
     * {@code deadline} is the top-up deadline, needed by a margin call only.
     */
    Optional<RiskNoticeRequest> riskRequest(NoticeType type, long caseId, Date deadline) {
        CaseFacts facts = snapshots.of(caseId).orElseThrow(() -> new IllegalStateException("no risk case " + caseId));
        ZonedDateTime due = type == NoticeType.MARGIN_CALL
                ? java.util.Objects.requireNonNull(deadline, "a margin call needs its deadline").toInstant()
                        .atZone(java.time.ZoneOffset.UTC) : null;
        return riskRequest(type, facts, facts.latest(), due);
    }

    /**
     * The risk notice of {@code type} stating the figures of {@code snapshot} (a detection or escalation of the
     * case) and exactly the lines they cross; empty when the client has no e-mail address.
     */
    Optional<RiskNoticeRequest> riskRequest(NoticeType type, CaseFacts facts, AccountSnapshot snapshot,
                                            ZonedDateTime deadline) {
        CaseFigures figures = CaseFigures.of(snapshot);
        CaseLines lines = CaseLines.of(facts.lines());
        List<CrossedLine> crossed = facts.crossedLines(snapshot);
        BigDecimal topUp = type == NoticeType.MARGIN_CALL
                ? figures.topUpAmount(lines.topUpTarget(), CaseLines.crossedFinancingLine(crossed)) : null;
        return request(type, facts, figures, lines, CaseLines.notice(crossed), topUp, deadline, null, null,
                dedupKey(facts.caseId(), type));
    }

    /**
     * The notice of an extension the process now holds ({@code v}: its level, branch, new {@code deadline} and
     * {@code extensions}, counting this one): the new deadline, the account's newest figures (as a resolution's,
     * never older than the latest told), the lines they cross and the demand they make. Sent only where the client
     * was asked for collateral — a margin call or liquidation; a warning named no deadline to extend — and while
     * the figures still cross a line. Each extension is its own notice; written like the risk notices, never
     * failing the decision that grants it. {@code held}: the deadline the client held before it (null: none).
     */
    Optional<Long> extensionNotice(long caseId, Map<String, Object> v, Instant held) {
        if (!extensionTold(v.get(LEVEL).toString())) {
            return Optional.empty();
        }
        String key = extensionKey(caseId, BreachSettings.count(v.get(EXTENSIONS)));
        NoticeSlot slot = new NoticeSlot(NoticeType.EXTENSION, caseId, cases.of(caseId).clientId(),
                id(v.get(BRANCH_ID)), key);
        return writer.write(slot, () -> extensionRequest(caseId, (Date) v.get(DEADLINE), held, key));
    }

    /** Whether a case at this level is told of an extension: it was asked for collateral by a deadline, a warning was not. */
    static boolean extensionTold(String level) {
        return NoticeType.valueOf(level) != NoticeType.WARNING;
    }

    /** The extension notice stored under {@code dedupKey}, stating {@code deadline}; empty when nothing is crossed. */
    Optional<RiskNoticeRequest> extensionRequest(long caseId, Date deadline, Instant held, String dedupKey) {
        CaseFacts facts = snapshots.of(caseId).orElseThrow(() -> new IllegalStateException("no risk case " + caseId));
        ZonedDateTime due = java.util.Objects.requireNonNull(deadline, "an extension needs its deadline").toInstant()
                .atZone(java.time.ZoneOffset.UTC);
        return extensionRequest(facts, newest(facts), due, held, dedupKey);
    }

    /** The extension notice stating the figures of {@code snapshot}; empty when they cross no line. */
    Optional<RiskNoticeRequest> extensionRequest(CaseFacts facts, AccountSnapshot snapshot, ZonedDateTime deadline,
                                                 Instant held, String dedupKey) {
        List<CrossedLine> crossed = facts.crossedLines(snapshot);
        if (crossed.isEmpty()) {
            log.info("Case {}: no line crossed at {}; its extension is not told", facts.caseId(), snapshot.valuedAt());
            return Optional.empty();
        }
        CaseFigures figures = CaseFigures.of(snapshot);
        CaseLines lines = CaseLines.of(facts.lines());
        BigDecimal topUp = figures.topUpAmount(lines.topUpTarget(), CaseLines.crossedFinancingLine(crossed));
        return request(NoticeType.EXTENSION, facts, figures, lines, CaseLines.notice(crossed), topUp, deadline,
                held == null ? null : held.atZone(java.time.ZoneOffset.UTC), null, dedupKey);
    }

    /** The dedup key of a case's {@code number}th extension notice (1 = the first). */
    static String extensionKey(long caseId, int number) {
        return dedupKey(caseId, NoticeType.EXTENSION) + "-" + number;
    }

    /**
     * A manager's retry of a notice that could not be written, built again as its slot says; an extension states
     * the deadline held before it as its decision recorded it.
     */
    Optional<RiskNoticeRequest> rewriteRequest(NoticeSlot slot, Date deadline) {
        if (slot.type() != NoticeType.EXTENSION) {
            return riskRequest(slot.type(), slot.caseId(), deadline);
        }
        String key = slot.dedupKey();
        int number = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
        return extensionRequest(slot.caseId(), deadline,
                decisions.heldBeforeExtension(slot.caseId(), number).orElse(null), key);
    }

    /**
     * The resolution notice: restored cases quote the figures at restoration, decided ones the account's newest
     * valuation (the figures the case ended with, as its resolution record's ratio at the end), never older than
     * the latest told. It states the lines those figures still cross (a manager may close a case, or hand it to
     * trading, below a line); a case that never crossed a maintenance-ratio line (opened by the financing-ratio
     * line and never worse) is not told that its maintenance ratio "is restored".
     */
    Optional<Long> resolutionNotice(long caseId, ResolutionOutcome outcome) {
        CaseFacts facts = snapshots.of(caseId).orElseThrow(() -> new IllegalStateException("no risk case " + caseId));
        AccountSnapshot end = facts.restored() != null ? facts.restored() : newest(facts);
        return resolutionRequest(facts, end, outcome).map(notifications::enqueueRiskNotice);
    }

    /** The resolution notice stating the figures of {@code end}; empty when the client has no e-mail address. */
    Optional<RiskNoticeRequest> resolutionRequest(CaseFacts facts, AccountSnapshot end, ResolutionOutcome outcome) {
        NoticeContact client = client(facts.accountId());
        boolean ratioLineCrossed = java.util.stream.Stream.of(facts.opened(), facts.latest())
                .flatMap(s -> facts.crossedLines(s).stream())
                .anyMatch(c -> c.kind().reason() == BreachReason.MAINTENANCE_RATIO);
        return request(NoticeType.RESOLUTION, facts, CaseFigures.of(end), CaseLines.of(facts.lines()),
                CaseLines.notice(facts.crossedLines(end)), null, null, null,
                outcomeText(outcome, client.preferredLanguage(), ratioLineCrossed),
                dedupKey(facts.caseId(), NoticeType.RESOLUTION));
    }

    /** The account's newest valuation, never older than the case's latest snapshot (what the client was told). */
    private AccountSnapshot newest(CaseFacts facts) {
        return snapshots.current(facts.accountId()).filter(c -> !c.valuedAt().isBefore(facts.latest().valuedAt()))
                .orElse(facts.latest());
    }

    /** The outcome in the client's language; "financing ratio back within its line" where only that line was crossed. */
    static String outcomeText(ResolutionOutcome outcome, String language, boolean ratioLineCrossed) {
        if (ratioLineCrossed) {
            return outcome.label(language);
        }
        boolean en = language != null && language.toLowerCase().startsWith("en");
        String back = en ? "your financing ratio is back within its warning line" : "融资比例已回落至预警线以内";
        return switch (outcome) {
            case RESTORED_BY_TOP_UP -> en ? "you added collateral; " + back : "客户追加担保物，" + back;
            case RESTORED_BY_REDUCTION -> en ? "positions were reduced or debt repaid; " + back : "客户减仓或还款，" + back;
            case RESTORED_BY_MARKET -> en ? "market prices recovered; " + back : "市场价格回升，" + back;
            case EXTENSION_THEN_RESTORED -> en ? "after an extension, " + back : "延期后" + back;
            case RESTORED -> back;
            default -> outcome.label(language);
        };
    }

    private Optional<RiskNoticeRequest> request(NoticeType type, CaseFacts facts, CaseFigures figures, CaseLines lines,
                                                List<NoticeCrossedLine> crossed, BigDecimal topUp,
                                                ZonedDateTime deadline, ZonedDateTime held, String outcome,
                                                String dedupKey) {
        long caseId = facts.caseId();
        NoticeContact client = client(facts.accountId());
        if (client.email() == null || client.email().isBlank()) {
            log.warn("Client {} has no e-mail address: {} notice of case {} not sent", client.clientId(), type, caseId);
            return Optional.empty();
        }
        Optional<StaffContact> advisor = Optional.ofNullable(client.advisorId()).flatMap(staff::byId);
        return Optional.of(new RiskNoticeRequest(type, caseId, client.clientId(), client.branchId(),
                client.email(), client.name(), client.preferredLanguage(), client.maskedAccountNumber(),
                advisor.map(StaffContact::displayName).orElse(NO_ADVISOR),
                advisor.map(StaffContact::phone).orElse(null), figures.notice(), lines.notice(), crossed, topUp,
                deadline, held, outcome, dedupKey));
    }

    /** A case sends each type of notice once (an extension once per extension: the key gets its number). */
    private static String dedupKey(long caseId, NoticeType type) {
        return "case-" + caseId + "-" + type.name();
    }

    /** An id variable (processes of older definitions may hold it as an Integer); 0 when missing. */
    private static long id(Object variable) {
        return variable instanceof Number n ? n.longValue() : 0;
    }

    private NoticeContact client(long accountId) {
        return clients.forAccount(accountId)
                .orElseThrow(() -> new IllegalStateException("no client for account " + accountId));
    }
}
