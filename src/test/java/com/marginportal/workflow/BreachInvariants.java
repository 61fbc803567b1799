package com.marginportal.workflow;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marginportal.risk.CaseFilter;
import com.marginportal.risk.RiskCaseQueries;
import com.marginportal.risk.RiskCaseRow;
import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.support.MimeParts;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The breach invariants, in business words, checked by {@link BreachSimulationModuleIT} after every quiescent step
 * (async jobs run, due notices dispatched, the reconciler run). Each public-facing check is one method named as
 * in docs/workflow.md ("Invariants"); {@code -Dsimulation.invariants=name,name} runs only those. A violation
 * names the invariant, the account/case and the seed, so a failure replays with {@code -Dsimulation.seed}.
 * Names that another change may rename (case states, notice statuses, timeline markers) are in
 * {@link CaseVocabulary}. Calls run as {@code admin} (the caller sets the user).
 */
final class BreachInvariants {

    /** All invariants, in the order they are checked. */
    static final List<String> ALL = List.of("oneOpenCasePerAccount", "oneProcessPerCase",
            "openCasesAndProcessesMatch", "noticeFiguresEqualCaseSnapshot", "noticeLinesAreReallyCrossed", "marginCallDeadlineFromItsScan",
            "extensionsOnlyLater",             "noticesInEventOrder", "noNoticeTwice", "noNoticeLost", "resolutionTimelineMatchesHistory",
            "caseStateSameInEveryView", "caseLinesFollowClassAtOpening", "noTaskBornOverdue", "decidedOnTheDeadline", "noFailedJobs");

    /** One simulated account as the invariants need it. */
    record Account(long accountId, long clientId, String email, String securityCode) {
    }

    /**
     * What the simulation knows beyond the database: its accounts, the effective risk class of each client from a
     * point in (simulated) time on, the seed and where it is.
     */
    interface World {
        long seed();

        String where();

        List<Account> accounts();

        /** The risk class the client had at {@code at} (as the simulation set it). */
        String riskClassAt(long clientId, Instant at);

        /** True at the end: SMTP up for long enough, so no notice may still wait. */
        boolean drained();

        /**
         * Every message the simulated clients received, in arrival order. Kept by the simulation, since GreenMail
         * forgets what it received when it is stopped (an SMTP outage).
         */
        List<Delivered> delivered();
    }

    /** One received message, decoded. */
    record Delivered(String to, String subject, String text) {

        static Delivered of(String to, MimeMessage message) {
            try {
                return new Delivered(to, message.getSubject(), MimeParts.find(message, "text/plain"));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("cannot read a message to " + to, e);
            }
        }
    }

    private final JdbcClient jdbc;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final RiskCaseQueries riskCases;
    private final CaseBoard board;
    private final CaseDashboard dashboard;
    private final ObjectMapper json;
    private final java.util.function.Supplier<com.marginportal.calendar.TradingCalendar> calendar;
    private final Set<String> selected;
    private final Map<Delivered, Mail> decoded = new IdentityHashMap<>();

    BreachInvariants(JdbcClient jdbc, HistoryService history, RuntimeService runtime, ManagementService management,
                     RiskCaseQueries riskCases,
                     CaseBoard board, CaseDashboard dashboard, ObjectMapper json,
                     java.util.function.Supplier<com.marginportal.calendar.TradingCalendar> calendar,
                     Collection<String> selected) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.history = history;
        this.runtime = runtime;
        this.management = management;
        this.riskCases = riskCases;
        this.board = board;
        this.dashboard = dashboard;
        this.json = json;
        List<String> unknown = selected.stream().filter(s -> !ALL.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown invariant(s) " + unknown + "; known: " + ALL);
        }
        this.selected = new LinkedHashSet<>(selected.isEmpty() ? ALL : selected);
    }

    Set<String> selected() {
        return selected;
    }

    /** Every violation of the selected invariants in the current state (empty: all hold). */
    List<String> check(World world) {
        Facts f = new Facts(world);
        List<String> violations = new ArrayList<>();
        Map<String, Consumer<Violations>> checks = new LinkedHashMap<>();
        checks.put("oneOpenCasePerAccount", v -> oneOpenCasePerAccount(f, v));
        checks.put("oneProcessPerCase", v -> oneProcessPerCase(f, v));
        checks.put("openCasesAndProcessesMatch", v -> openCasesAndProcessesMatch(f, v));
        checks.put("noticeFiguresEqualCaseSnapshot", v -> noticeFiguresEqualCaseSnapshot(f, v));
        checks.put("noticeLinesAreReallyCrossed", v -> noticeLinesAreReallyCrossed(f, v));
        checks.put("marginCallDeadlineFromItsScan", v -> marginCallDeadlineFromItsScan(f, v));
        checks.put("extensionsOnlyLater", v -> extensionsOnlyLater(f, v));
        checks.put("noticesInEventOrder", v -> noticesInEventOrder(f, v));
        checks.put("noNoticeTwice", v -> noNoticeTwice(f, v));
        checks.put("noNoticeLost", v -> noNoticeLost(f, v));
        checks.put("resolutionTimelineMatchesHistory", v -> resolutionTimelineMatchesHistory(f, v));
        checks.put("caseStateSameInEveryView", v -> caseStateSameInEveryView(f, v));
        checks.put("caseLinesFollowClassAtOpening", v -> caseLinesFollowClassAtOpening(f, v));
        checks.put("noTaskBornOverdue", v -> noTaskBornOverdue(f, v));
        checks.put("decidedOnTheDeadline", v -> decidedOnTheDeadline(f, v));
        checks.put("noFailedJobs", v -> noFailedJobs(f, v));
        checks.forEach((name, check) -> {
            if (selected.contains(name)) {
                check.accept(new Violations(name, world, violations));
            }
        });
        return violations;
    }

    // ---------------------------------------------------------------- the invariants

    /** One open (in-handling) case per account: a new episode's case opens only after the previous one ended. */
    void oneOpenCasePerAccount(Facts f, Violations v) {
        f.casesByAccount.forEach((accountId, cases) -> {
            List<Long> open = cases.stream().filter(c -> CaseVocabulary.IN_HANDLING.contains(c.status))
                    .map(c -> c.id).toList();
            if (open.size() > 1) {
                v.add(cases.get(0), "account " + accountId + " has " + open.size() + " cases in handling at once: "
                        + open);
            }
        });
    }

    /** One process per case: at most one breach process ever started for a case, and it is the one the case links. */
    void oneProcessPerCase(Facts f, Violations v) {
        for (CaseRow c : f.cases.values()) {
            List<String> ids = f.processesByCase.getOrDefault(c.id, List.of());
            if (ids.size() > 1) {
                v.add(c, ids.size() + " breach processes were started for one case: " + ids);
            }
            String linked = f.linkedProcess.get(c.id);
            if (ids.size() == 1 && linked != null && !linked.equals(ids.get(0))) {
                v.add(c, "case_process links process " + linked + " but the case's process is " + ids.get(0));
            }
        }
    }

    /**
     * After the reconciler ran: every case in handling has a running process, and every running process belongs
     * to a case in handling.
     */
    void openCasesAndProcessesMatch(Facts f, Violations v) {
        for (CaseRow c : f.cases.values()) {
            boolean inHandling = CaseVocabulary.IN_HANDLING.contains(c.status);
            boolean running = f.running.containsKey(c.id);
            if (inHandling && !running) {
                v.add(c, "the case is " + c.status + " (in handling) but no process handles it"
                        + (f.linkedProcess.containsKey(c.id) ? " (its process " + f.linkedProcess.get(c.id) + " ended)"
                        : " (none was ever started)"));
            } else if (!inHandling && running) {
                v.add(c, "process " + f.running.get(c.id) + " still runs (at "
                        + f.boardRows.getOrDefault(c.id, "?") + ") but the case is " + c.status);
            }
        }
    }

    /** Every figure a delivered notice states equals the case snapshot the notice refers to. */
    void noticeFiguresEqualCaseSnapshot(Facts f, Violations v) {
        for (Mail m : f.mails) {
            CaseRow c = f.cases.get(m.caseId);
            if (c == null || m.type == null) {
                continue; // reported by noNoticeTwice
            }
            if (CaseVocabulary.RESOLUTION.equals(m.type)) {
                JsonNode told = f.resolutionSnapshot(m);
                for (BigDecimal stated : m.claims.statedRatios()) {
                    BigDecimal expected = percent(told, "maintenanceRatio");
                    if (expected != null && !same(stated, expected)) {
                        v.add(c, "the resolution notice states 维持担保比例 " + stated + "% but the case snapshot it"
                                + " refers to has " + expected + "%");
                    }
                }
                continue;
            }
            JsonNode snapshot = CaseVocabulary.EXTENSION.equals(m.type) ? f.extensionSnapshot(m)
                    : f.eventSnapshot(c.id, m.type);
            if (snapshot == null) {
                v.add(c, "a " + m.type + " notice was delivered but the case never reached " + m.type
                        + " (no OPENED/ESCALATED event at that level)");
                continue;
            }
            for (NoticeClaims.Claim claim : m.claims.claims()) {
                String field = claim.kind() == NoticeClaims.Kind.FINANCING ? "financingRatio" : "maintenanceRatio";
                BigDecimal expected = percent(snapshot, field);
                if (expected == null || !same(claim.figure(), expected)) {
                    v.add(c, "the " + m.type + " notice says \"" + claim.text() + "\" but the case snapshot has "
                            + field + " " + (expected == null ? "none" : expected + "%"));
                }
                BigDecimal line = c.line(claim.lineColumn());
                if (claim.line() != null && (line == null || !same(claim.line(), line))) {
                    v.add(c, "the " + m.type + " notice says \"" + claim.text() + "\" but the case's "
                            + claim.lineColumn() + " is " + (line == null ? "not set" : line + "%"));
                }
            }
        }
    }

    /** Every line a notice says was crossed is crossed by the figure it states (below a ratio line, above the financing line). */
    void noticeLinesAreReallyCrossed(Facts f, Violations v) {
        for (Mail m : f.mails) {
            CaseRow c = f.cases.get(m.caseId);
            if (c == null) {
                continue;
            }
            for (NoticeClaims.Claim claim : m.claims.claims()) {
                BigDecimal line = claim.line() != null ? claim.line() : c.line(claim.lineColumn());
                if (line == null) {
                    v.add(c, "the " + m.type + " notice says \"" + claim.text() + "\" but the case has no "
                            + claim.lineColumn());
                    continue;
                }
                if (!claim.holds(line)) {
                    v.add(c, "the " + m.type + " notice says \"" + claim.text() + "\" but " + claim.figure() + "% is not "
                            + claim.comparison() + " " + line + "% (" + claim.lineColumn() + ")");
                }
            }
        }
    }

    /**
     * A margin call gives the client the case's whole top-up period from the scan that found the margin call: the
     * deadline its notice states is the close of the N-th trading day after that scan (N the case's top-up days),
     * whatever the case was before — a warning days earlier must not shorten it, nor leave it already past.
     */
    void marginCallDeadlineFromItsScan(Facts f, Violations v) {
        for (NoticeRow n : f.notices) {
            CaseRow c = f.cases.get(n.caseId);
            if (c == null || !"MARGIN_CALL".equals(n.type) || n.snapshot == null || n.snapshot.isBlank()) {
                continue;
            }
            JsonNode stated = read(n.snapshot).path("topUpDeadline");
            JsonNode found = f.eventSnapshot(c.id, "MARGIN_CALL");
            if (stated.isMissingNode() || stated.isNull() || found == null) {
                continue; // no deadline at all, or no margin-call event: the figure invariants report those
            }
            Instant expected = calendar.get().deadline(Instant.parse(found.path("valuedAt").asText()), c.deadlineDays)
                    .toInstant();
            Instant told = java.time.OffsetDateTime.parse(stated.asText()).toInstant();
            if (!told.equals(expected)) {
                v.add(c, "the MARGIN_CALL notice " + n.id + " states the deadline " + told + " but the margin call was"
                        + " found at " + found.path("valuedAt").asText() + ": " + c.deadlineDays + " trading days give "
                        + expected);
            }
        }
    }

    /**
     * An extension notice tells the client her deadline was extended only from a deadline she holds in writing — the
     * newest margin call's or extension's before it, which it names — and to a later one. A liquidation notice since
     * (the account may be liquidated without further notice) may leave her none: the notice then sets a deadline and
     * names none it extends; without any deadline told before, it must.
     */
    void extensionsOnlyLater(Facts f, Violations v) {
        Map<Long, Instant> told = new HashMap<>();
        java.util.Set<Long> liquidationSince = new java.util.HashSet<>();
        for (NoticeRow n : f.notices) { // in the order written
            CaseRow c = f.cases.get(n.caseId);
            if (c == null || n.snapshot == null || n.snapshot.isBlank()) {
                continue;
            }
            if ("LIQUIDATION".equals(n.type)) {
                liquidationSince.add(n.caseId);
                continue;
            }
            JsonNode notice = read(n.snapshot);
            JsonNode stated = notice.path("topUpDeadline");
            if (stated.isMissingNode() || stated.isNull()) {
                continue;
            }
            Instant deadline = java.time.OffsetDateTime.parse(stated.asText()).toInstant();
            Instant before = told.put(n.caseId, deadline);
            boolean liquidated = liquidationSince.remove(n.caseId);
            if (!CaseVocabulary.EXTENSION.equals(n.type)) {
                continue;
            }
            JsonNode heldNode = notice.path("heldDeadline");
            Instant held = heldNode.isMissingNode() || heldNode.isNull() ? null
                    : java.time.OffsetDateTime.parse(heldNode.asText()).toInstant();
            if (held == null ? before != null && !liquidated : !held.equals(before)) {
                v.add(c, "the EXTENSION notice " + n.id + " says it extends " + (held == null ? "no deadline" : held)
                        + " but the client held " + (before == null ? "none" : before) + " in writing"
                        + (liquidated ? " (a liquidation notice since)" : ""));
            } else if (held != null && !deadline.isAfter(held)) {
                v.add(c, "the EXTENSION notice " + n.id + " states the deadline " + deadline + ", not after the "
                        + held + " the client held: an extension that does not extend");
            }
        }
    }

    /**
     * Per case, notices arrive in the order of the events they report: never a risk notice after the case's
     * resolution notice, never a milder risk notice after a stricter one.
     */
    void noticesInEventOrder(Facts f, Violations v) {
        Map<Long, List<Mail>> byCase = f.mails.stream().filter(m -> m.type != null && f.cases.containsKey(m.caseId))
                .collect(Collectors.groupingBy(m -> m.caseId, TreeMap::new, Collectors.toList()));
        byCase.forEach((caseId, mails) -> {
            String resolution = null;
            String strictest = null;
            for (Mail m : mails) { // arrival order
                if (CaseVocabulary.RESOLUTION.equals(m.type)) {
                    resolution = m.subject;
                    continue;
                }
                if (CaseVocabulary.EXTENSION.equals(m.type) && resolution != null) { // a new deadline, not a level
                    v.add(f.cases.get(caseId), "the EXTENSION notice arrived after the case's resolution notice"
                            + " (arrival order " + mails.stream().map(x -> x.type).toList() + ")");
                }
                Integer severity = CaseVocabulary.RISK_SEVERITY.get(m.type);
                if (severity == null) {
                    continue;
                }
                if (resolution != null) {
                    v.add(f.cases.get(caseId), "the " + m.type + " notice arrived after the case's resolution notice"
                            + " (arrival order " + mails.stream().map(x -> x.type).toList() + ")");
                }
                if (strictest != null && severity < CaseVocabulary.RISK_SEVERITY.get(strictest)) {
                    v.add(f.cases.get(caseId), "the " + m.type + " notice arrived after the stricter " + strictest
                            + " notice (arrival order " + mails.stream().map(x -> x.type).toList() + ")");
                }
                if (strictest == null || severity > CaseVocabulary.RISK_SEVERITY.get(strictest)) {
                    strictest = m.type;
                }
            }
        });
    }

    /** Each notice reaches the client at most once, and only a notice recorded as sent reaches them. */
    void noNoticeTwice(Facts f, Violations v) {
        Map<String, Integer> received = new HashMap<>();
        for (Mail m : f.mails) {
            if (m.caseId == null || !f.cases.containsKey(m.caseId)) {
                v.addAccount(m.to, "a delivered message names no case of the account (subject \"" + m.subject + "\")");
                continue;
            }
            if (m.type == null) {
                v.add(f.cases.get(m.caseId), "a delivered message matches no notice recorded for the case (subject \""
                        + m.subject + "\")");
                continue;
            }
            received.merge(m.caseId + "/" + m.type + "/" + m.subject.strip(), 1, Integer::sum); // a case may have several extensions
        }
        for (NoticeRow n : f.notices) {
            int count = received.getOrDefault(n.caseId + "/" + n.type + "/" + String.valueOf(n.subject).strip(), 0);
            CaseRow c = f.cases.get(n.caseId);
            if (count > 1) {
                v.add(c, "notice " + n.id + " (" + n.type + ", " + n.dedupKey + ") reached the client " + count
                        + " times");
            }
            if (count > 0 && !CaseVocabulary.SENT.contains(n.status)) {
                v.add(c, "notice " + n.id + " (" + n.type + ") reached the client but is recorded as " + n.status);
            }
            if (count == 0 && CaseVocabulary.SENT.contains(n.status)) {
                v.add(c, "notice " + n.id + " (" + n.type + ", \"" + n.subject + "\") is recorded as SENT but never"
                        + " reached the client (who received " + f.mails.stream().filter(m -> Objects.equals(m.caseId, n.caseId))
                        .map(m -> m.type + " \"" + m.subject + "\"").toList() + ")");
            }
        }
    }

    /**
     * No notice is lost: every enqueued notice is eventually sent, or superseded, or failed with a recorded reason
     * (checked once SMTP has been back for longer than the back-off); none is left mid-send between steps.
     */
    void noNoticeLost(Facts f, Violations v) {
        for (NoticeRow n : f.notices) {
            CaseRow c = f.cases.get(n.caseId);
            if ("SENDING".equals(n.status)) {
                v.add(c, "notice " + n.id + " (" + n.type + ") is left SENDING while nothing is being sent");
            }
            if (!f.world.drained()) {
                continue;
            }
            boolean done = CaseVocabulary.SENT.contains(n.status) || CaseVocabulary.SUPERSEDED.contains(n.status)
                    || (CaseVocabulary.FAILED.contains(n.status) && n.lastError != null && !n.lastError.isBlank());
            // docs/workflow.md: a case's later notice waits behind an earlier one that FAILED (e.g. the resolution
            // behind a liquidation notice) until a manager retries it from Incidents: held with its reason, not lost
            boolean heldForManager = "PENDING".equals(n.status) && f.notices.stream().anyMatch(e -> e.caseId == n.caseId
                    && e.id < n.id && CaseVocabulary.FAILED.contains(e.status));
            if (!done && !heldForManager) {
                v.add(c, "notice " + n.id + " (" + n.type + ") is still " + n.status + " although SMTP has been up"
                        + " for hours (last error: " + n.lastError + ")");
            }
        }
    }

    /**
     * The resolution record's timeline and the case's history tell the same story: every step the timeline lists
     * happened (a completed step in the process history; the notice, contact, escalation, restoration or hand-off
     * it stands for is recorded on the case), and everything recorded on the case before the resolution appears
     * in the timeline.
     */
    void resolutionTimelineMatchesHistory(Facts f, Violations v) {
        for (ResolutionRow r : f.resolutions) {
            CaseRow c = f.cases.get(r.caseId);
            List<Map<String, Object>> timeline = r.timeline(json);
            // the record lists business events (workflow.CaseHistoryEntry); count the ones each source also records
            Map<String, Integer> claimed = new TreeMap<>();
            for (Map<String, Object> entry : timeline) {
                String step = CaseVocabulary.stepOf(entry);
                if (step != null) {
                    claimed.merge(step, 1, Integer::sum);
                }
            }
            Instant until = r.resolvedAt;
            Map<String, Integer> recorded = new TreeMap<>();
            recorded.put("sendRiskNotice", (int) f.notices.stream().filter(n -> n.caseId == r.caseId
                    && CaseVocabulary.RISK_SEVERITY.containsKey(n.type) && n.queuedAt() != null
                    && !n.queuedAt().isAfter(until)).count());
            recorded.put("riskNoticeNotWritten", f.count("""
                    SELECT COUNT(*) FROM notification_write_failure w JOIN notification n ON n.id = w.notification_id
                     WHERE n.case_id = ? AND n.notice_type IN ('WARNING', 'MARGIN_CALL', 'LIQUIDATION')
                       AND w.failed_at <= ?""", r.caseId, utc(until)));
            recorded.put("recordContact", f.count("SELECT COUNT(*) FROM case_contact WHERE case_id = ? AND recorded_at <= ?",
                    r.caseId, utc(until)));
            recorded.put("escalated", (int) f.events(r.caseId).stream()
                    .filter(e -> "ESCALATED".equals(e.type) && !e.at.isAfter(until)).count());
            recorded.put("restored", (int) f.events(r.caseId).stream()
                    .filter(e -> "RESTORED".equals(e.type) && !e.at.isAfter(until)).count());
            recorded.put("handOff", f.count("SELECT COUNT(*) FROM liquidation_handoff WHERE case_id = ?", r.caseId));
            List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                    .processInstanceId(r.processInstanceId).finished().list();
            for (String key : CaseVocabulary.USER_TASKS) {
                if (CaseVocabulary.OUTCOME_OF_TASK.containsKey(key)) {
                    continue; // the record shows these by their outcome: the contact attempt, the decision (counted below)
                }
                recorded.put(key, (int) tasks.stream().filter(t -> key.equals(t.getTaskDefinitionKey())
                        && t.getDeleteReason() == null && t.getEndTime() != null
                        && !t.getEndTime().toInstant().isAfter(until)).count());
            }
            recorded.put("decision", f.count("SELECT COUNT(*) FROM case_decision WHERE case_id = ? AND decided_at <= ?",
                    r.caseId, utc(until)));
            recorded.forEach((step, count) -> {
                int listed = claimed.getOrDefault(step, 0);
                if (listed > count) {
                    v.add(c, "the resolution record lists " + step + " " + listed + " time(s) but the case history"
                            + " records it " + count + " time(s)");
                } else if (listed < count) {
                    v.add(c, "the case history records " + step + " " + count + " time(s) before the resolution but"
                            + " the resolution record lists it " + listed + " time(s)");
                }
            });
        }
    }

    /**
     * A case is in the same state in the risk case list, on the managers' board, in the dashboard counts and in
     * Flowable: in handling ⇔ shown open on the board ⇔ its process runs.
     */
    void caseStateSameInEveryView(Facts f, Violations v) {
        Map<Long, RiskCaseRow> listed = new HashMap<>();
        for (Account a : f.world.accounts()) {
            riskCases.search(new CaseFilter(null, false, null, null, a.clientId()), 0, 1000)
                    .forEach(r -> listed.put(r.caseId(), r));
        }
        for (CaseRow c : f.cases.values()) {
            RiskCaseRow row = listed.get(c.id);
            if (row == null) {
                v.add(c, "the case is missing from the risk case list");
                continue;
            }
            boolean listOpen = CaseVocabulary.IN_HANDLING.contains(row.status().name());
            boolean running = f.running.containsKey(c.id);
            var boardRow = board.row(c.id);
            if (boardRow.isEmpty()) {
                if (running || f.linkedProcess.containsKey(c.id)) {
                    v.add(c, "the case has a process but is missing from the board");
                }
                continue; // no process yet: the reconciler's business (openCasesAndProcessesMatch)
            }
            boolean boardOpen = boardRow.get().isOpen();
            if (listOpen != boardOpen || boardOpen != running) {
                v.add(c, "the views disagree: risk case list " + row.status() + ", board "
                        + (boardOpen ? "open at " + boardRow.get().step() : "ended (" + boardRow.get().step() + ")")
                        + ", Flowable " + (running ? "process running" : "no running process"));
            }
            if (!Objects.equals(boardRow.get().caseStatus(), row.status())) {
                v.add(c, "the board shows case status " + boardRow.get().caseStatus() + " but the list shows "
                        + row.status());
            }
        }
        Map<String, Long> dashboardOpen = dashboard.openByLevel();
        for (BreachLevel level : BreachLevel.values()) {
            long inList = riskCases.count(CaseFilter.OPEN.withLevel(level));
            long onDashboard = dashboardOpen.getOrDefault(level.name(), 0L);
            if (inList != onDashboard) {
                v.addGlobal("the dashboard counts " + onDashboard + " open " + level + " cases, the risk case list "
                        + inList);
            }
        }
    }

    /** The lines a case uses are the line profile of the client's effective risk class when the case opened. */
    void caseLinesFollowClassAtOpening(Facts f, Violations v) {
        for (CaseRow c : f.cases.values()) {
            String riskClass = f.world.riskClassAt(c.clientId, c.openedAt);
            Map<String, Object> profile = f.profileFor(riskClass);
            for (String column : List.of("warning_line", "margin_call_line", "liquidation_line", "top_up_target",
                    "financing_ratio_line")) {
                BigDecimal expected = (BigDecimal) profile.get(column);
                BigDecimal actual = c.lines.get(column);
                boolean same = expected == null ? actual == null : actual != null && expected.compareTo(actual) == 0;
                if (!same) {
                    v.add(c, "the case uses " + column + " " + actual + " but a " + riskClass + " client's profile ("
                            + profile.get("name") + ") has " + expected);
                }
            }
            if (((Number) profile.get("top_up_deadline_days")).intValue() != c.deadlineDays) {
                v.add(c, "the case uses a top-up deadline of " + c.deadlineDays + " trading days but the "
                        + riskClass + " profile has " + profile.get("top_up_deadline_days"));
            }
        }
    }

    /**
     * A task is never due before it exists: its holder always had some time before it showed as overdue and its
     * escalation went out (dues count from what asked for the work; one asked for longer ago than the due interval
     * counts from the task's creation).
     */
    void noTaskBornOverdue(Facts f, Violations v) {
        Map<String, CaseRow> byProcess = new HashMap<>();
        f.processesByCase.forEach((caseId, ids) -> ids.forEach(id -> byProcess.put(id, f.cases.get(caseId))));
        if (byProcess.isEmpty()) {
            return;
        }
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceIdIn(byProcess.keySet())
                .list()) {
            if (t.getDueDate() != null && !t.getDueDate().after(t.getCreateTime())) {
                v.add(byProcess.get(t.getProcessInstanceId()), "task " + t.getTaskDefinitionKey() + " was created at "
                        + t.getCreateTime().toInstant() + ", already past its due " + t.getDueDate().toInstant());
            }
        }
    }

    /**
     * On a margin call's top-up deadline the managers decide: no case at margin call or worse whose deadline has passed
     * still waits for the advisor's call (an open contact task, a retry's wait), contacted or not.
     */
    void decidedOnTheDeadline(Facts f, Violations v) {
        Date now = Date.from(com.marginportal.support.SimulatedClock.now());
        f.running.forEach((caseId, processId) -> {
            Map<String, Object> vars = runtime.getVariables(processId);
            if ("WARNING".equals(vars.get("level")) || !(vars.get("deadline") instanceof Date deadline)
                    || deadline.after(now)) {
                return;
            }
            boolean contactOpen = history.createHistoricTaskInstanceQuery().processInstanceId(processId)
                    .taskDefinitionKey("contactClient").unfinished().count() > 0;
            boolean retryWaits = management.createTimerJobQuery().processInstanceId(processId).list().stream()
                    .anyMatch(j -> "retryWait".equals(j.getElementId()));
            if (contactOpen || retryWaits) {
                v.add(f.cases.get(caseId), "its " + vars.get("level") + " deadline " + deadline.toInstant()
                        + " has passed and it still waits for " + (contactOpen ? "the contact task" : "a retry"));
            }
        });
    }

    /** No step of a case's handling failed for good (no dead-letter job, i.e. no incident). */
    void noFailedJobs(Facts f, Violations v) {
        f.deadLetters.forEach((caseId, message) -> v.add(f.cases.get(caseId), "a step failed for good: " + message));
    }

    // ---------------------------------------------------------------- the facts of one check

    private record CaseRow(long id, long accountId, long clientId, String level, String reason, String status,
                           Instant openedAt, Map<String, BigDecimal> lines, int deadlineDays) {

        /** A line as a percentage (1.4000 → 140.00). */
        BigDecimal line(String column) {
            BigDecimal fraction = lines.get(column);
            return fraction == null ? null : fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        }
    }

    private record EventRow(long id, long caseId, String type, String level, Instant at, String snapshot) {
    }

    private record NoticeRow(long id, long caseId, String type, String status, String subject, String dedupKey,
                             Instant createdAt, String lastError, String snapshot, Instant rewrittenAt) {

        /** When the notice was queued: written with its case's step, or later by a retry; null while unwritten. */
        Instant queuedAt() {
            return subject == null || subject.isEmpty() ? null : rewrittenAt != null ? rewrittenAt : createdAt;
        }
    }

    private record ResolutionRow(long caseId, String processInstanceId, String timelineJson, Instant resolvedAt) {

        List<Map<String, Object>> timeline(ObjectMapper json) {
            try {
                return json.readValue(timelineJson, new TypeReference<>() { });
            } catch (IOException e) {
                throw new IllegalStateException("unreadable timeline of case " + caseId, e);
            }
        }
    }

    /** A delivered message, decoded once: its case (from the reference in the text), type and what it claims. */
    private record Mail(String to, Long caseId, String subject, NoticeClaims claims, String type) {
    }

    private final class Facts {

        final World world;
        final Map<Long, CaseRow> cases = new TreeMap<>();
        final Map<Long, List<CaseRow>> casesByAccount = new TreeMap<>();
        final List<EventRow> events = new ArrayList<>();
        final List<NoticeRow> notices = new ArrayList<>();
        final List<ResolutionRow> resolutions = new ArrayList<>();
        final Map<Long, String> linkedProcess = new HashMap<>();
        final Map<Long, String> boardRows = new HashMap<>();
        final Map<Long, List<String>> processesByCase = new HashMap<>();
        final Map<Long, String> running = new HashMap<>();
        final Map<Long, String> deadLetters = new HashMap<>();
        final List<Mail> mails = new ArrayList<>();
        final List<Map<String, Object>> profiles;

        Facts(World world) {
            this.world = world;
            List<Long> accountIds = world.accounts().stream().map(Account::accountId).toList();
            jdbc.sql("SELECT * FROM risk_case WHERE account_id IN (:ids) ORDER BY id").param("ids", accountIds)
                    .query(rs -> {
                        CaseRow c = caseRow(rs);
                        cases.put(c.id, c);
                        casesByAccount.computeIfAbsent(c.accountId, a -> new ArrayList<>()).add(c);
                    });
            profiles = jdbc.sql("SELECT * FROM risk_line_profile").query().listOfRows();
            if (cases.isEmpty()) {
                return;
            }
            Set<Long> ids = cases.keySet();
            jdbc.sql("SELECT id, case_id, event_type, level, occurred_at, snapshot FROM risk_case_event"
                            + " WHERE case_id IN (:ids) ORDER BY id").param("ids", ids)
                    .query(rs -> {
                        events.add(new EventRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                instant(rs, 5), rs.getString(6)));
                    });
            jdbc.sql("SELECT id, case_id, notice_type, status, subject, dedup_key, created_at, last_error, snapshot,"
                            + " rewritten_at FROM notification WHERE case_id IN (:ids) ORDER BY id").param("ids", ids)
                    .query(rs -> {
                        notices.add(new NoticeRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), instant(rs, 7), rs.getString(8), rs.getString(9),
                                instant(rs, 10)));
                    });
            jdbc.sql("SELECT case_id, process_instance_id, timeline, resolved_at FROM resolution_record"
                            + " WHERE case_id IN (:ids) ORDER BY case_id").param("ids", ids)
                    .query(rs -> {
                        resolutions.add(new ResolutionRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                                instant(rs, 4)));
                    });
            jdbc.sql("SELECT case_id, process_instance_id, current_step FROM case_process WHERE case_id IN (:ids)")
                    .param("ids", ids).query(rs -> {
                        if (rs.getString(2) != null) {
                            linkedProcess.put(rs.getLong(1), rs.getString(2));
                        }
                        boardRows.put(rs.getLong(1), rs.getString(3));
                    });
            List<String> keys = ids.stream().map(String::valueOf).toList();
            jdbc.sql("SELECT BUSINESS_KEY_, ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ IN (:keys)"
                            + " AND PROC_DEF_ID_ LIKE :def ORDER BY START_TIME_").param("keys", keys)
                    .param("def", CaseVocabulary.PROCESS_KEY + ":%")
                    .query(rs -> {
                        processesByCase.computeIfAbsent(Long.valueOf(rs.getString(1)), k -> new ArrayList<>())
                                .add(rs.getString(2));
                    });
            for (ProcessInstance p : runtime.createProcessInstanceQuery().processDefinitionKey(CaseVocabulary.PROCESS_KEY)
                    .list()) {
                if (p.getBusinessKey() != null && ids.contains(Long.valueOf(p.getBusinessKey()))) {
                    running.put(Long.valueOf(p.getBusinessKey()), p.getId());
                }
            }
            Map<String, Long> caseOfProcess = new HashMap<>();
            processesByCase.forEach((caseId, list) -> list.forEach(p -> caseOfProcess.put(p, caseId)));
            for (Job dead : management.createDeadLetterJobQuery().list()) {
                Long caseId = caseOfProcess.get(dead.getProcessInstanceId());
                if (caseId != null) {
                    deadLetters.merge(caseId, dead.getElementId() + ": " + dead.getExceptionMessage(),
                            (a, b) -> a + "; " + b);
                }
            }
            for (Delivered message : world.delivered()) {
                mails.add(typed(decoded.computeIfAbsent(message, BreachInvariants::decode)));
            }
        }

        /** The notice type of a delivered message: the recorded notice of its case with the same subject. */
        private Mail typed(Mail m) {
            if (m.type != null || m.caseId == null) {
                return m;
            }
            String type = notices.stream().filter(n -> n.caseId == m.caseId && n.subject.strip().equals(m.subject.strip()))
                    .map(n -> n.type).findFirst().orElse(null);
            return new Mail(m.to, m.caseId, m.subject, m.claims, type);
        }

        List<EventRow> events(long caseId) {
            return events.stream().filter(e -> e.caseId == caseId).toList();
        }

        /** The detection or escalation a risk notice of this type reports (the latest at that level). */
        JsonNode eventSnapshot(long caseId, String noticeType) {
            return events(caseId).stream()
                    .filter(e -> noticeType.equals(e.level) && ("OPENED".equals(e.type) || "ESCALATED".equals(e.type)))
                    .reduce((a, b) -> b).map(e -> read(e.snapshot)).orElse(null);
        }

        /** What an extension notice states: the account's newest valuation when the notice was written. */
        JsonNode extensionSnapshot(Mail m) {
            Instant written = notices.stream().filter(n -> n.caseId == m.caseId && m.type.equals(n.type)
                    && n.subject.strip().equals(m.subject.strip())).findFirst().map(n -> n.createdAt).orElse(Instant.MAX);
            return valuationAt(cases.get(m.caseId).accountId(), written);
        }

        /**
         * The snapshot a resolution notice refers to: the restoration when the case was restored before the notice
         * was written, else the latest detection/escalation before it.
         */
        JsonNode resolutionSnapshot(Mail m) {
            Instant written = notices.stream().filter(n -> n.caseId == m.caseId && m.type.equals(n.type)).findFirst()
                    .map(n -> n.createdAt).orElse(Instant.MAX);
            List<EventRow> before = events(m.caseId).stream().filter(e -> !e.at.isAfter(written)).toList();
            // docs/workflow.md "What a notice says": a restored case quotes its restoration; a decided one the
            // account's newest valuation when the notice was written
            return before.stream().filter(e -> "RESTORED".equals(e.type)).reduce((a, b) -> b).map(e -> read(e.snapshot))
                    .orElseGet(() -> valuationAt(cases.get(m.caseId).accountId(), written));
        }

        private JsonNode valuationAt(long accountId, Instant at) {
            ObjectNode figures = json.createObjectNode();
            jdbc.sql("""
                    SELECT v.maintenance_ratio, v.financing_ratio FROM account_valuation v
                      JOIN valuation_run r ON r.id = v.run_id
                     WHERE v.account_id = ? AND r.started_at <= ? ORDER BY v.run_id DESC LIMIT 1""")
                    .params(accountId, utc(at)).query(rs -> {
                        figures.put("maintenanceRatio", rs.getBigDecimal(1));
                        figures.put("financingRatio", rs.getBigDecimal(2));
                    });
            return figures;
        }

        Map<String, Object> profileFor(String riskClass) {
            return profiles.stream().filter(p -> riskClass != null && riskClass.equals(p.get("applies_to_risk_class")))
                    .findFirst().orElseGet(() -> profiles.stream().filter(p -> truthy(p.get("is_default"))).findFirst()
                            .orElseThrow());
        }

        int count(String sql, Object... params) {
            return jdbc.sql(sql).params(Arrays.asList(params)).query(Long.class).single().intValue();
        }
    }

    private static Mail decode(Delivered message) {
        NoticeClaims claims = NoticeClaims.read(message.subject(), message.text());
        return new Mail(message.to(), claims.caseId(), message.subject(), claims, null);
    }

    private JsonNode read(String snapshot) {
        try {
            return snapshot == null ? null : json.readTree(snapshot);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable snapshot " + snapshot, e);
        }
    }

    private static CaseRow caseRow(ResultSet rs) throws SQLException {
        Map<String, BigDecimal> lines = new HashMap<>();
        for (String column : List.of("warning_line", "margin_call_line", "liquidation_line", "top_up_target",
                "financing_ratio_line")) {
            lines.put(column, rs.getBigDecimal(column));
        }
        return new CaseRow(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("client_id"), rs.getString("level"),
                rs.getString("reason"), rs.getString("status"),
                rs.getObject("opened_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), lines,
                rs.getInt("top_up_deadline_days"));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime at = rs.getObject(column, LocalDateTime.class);
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    /** A snapshot figure (a fraction) as the percentage a notice prints (2 decimals). */
    private static BigDecimal percent(JsonNode snapshot, String field) {
        if (snapshot == null || snapshot.get(field) == null || snapshot.get(field).isNull()) {
            return null;
        }
        return snapshot.get(field).decimalValue().movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    /** Equal as printed: within one unit of the last printed decimal (the notice may round differently). */
    private static boolean same(BigDecimal printed, BigDecimal expected) {
        return printed.subtract(expected).abs().compareTo(new BigDecimal("0.01")) <= 0;
    }

    /** Collects one invariant's violations, each naming the invariant, the account/case, the step and the seed. */
    private static final class Violations {

        private final String invariant;
        private final World world;
        private final List<String> out;
        private final Set<String> seen = new HashSet<>();

        Violations(String invariant, World world, List<String> out) {
            this.invariant = invariant;
            this.world = world;
            this.out = out;
        }

        void add(CaseRow c, String what) {
            emit("case " + (c == null ? "?" : c.id + " (account " + c.accountId + ", client " + c.clientId + ", "
                    + c.level + "/" + c.reason + ", " + c.status + ")") + ": " + what);
        }

        void addAccount(String email, String what) {
            emit("client " + email + ": " + what);
        }

        void addGlobal(String what) {
            emit(what);
        }

        private void emit(String text) {
            if (seen.add(text)) {
                out.add("[" + invariant + "] " + text + " — " + world.where() + ", seed " + world.seed()
                        + " (replay: -Dsimulation.seed=" + world.seed() + ")");
            }
        }
    }
}
