package com.marginportal.workflow;

import static com.marginportal.workflow.CaseHistoryEntry.Kind.*;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marginportal.UtcColumns;
import com.marginportal.security.StaffContacts;

import org.flowable.engine.HistoryService;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that says what happened in a breach case: the business events from the records each step
 * leaves (risk case events, notices, the process's human tasks, contact attempts, decisions, in-app messages,
 * the hand-off, managers' notes, the client's acknowledgements, the resolution record), in time order, each with
 * its actor. Only what happened is listed: boundary events that were armed but never fired leave no record here.
 * The resolution record keeps the history as it stood when the case ended; the board's case view reads it live.
 * System API (no scope check): callers check the case lies in the user's scope.
 *
 * <p>Facts per kind: CASE_OPENED, LEVEL_RAISED, RATIO_RESTORED {@code level, ratio}; NOTICE_* {@code noticeType};
 * TASK_* {@code task} (+ {@code assignee, assigneeName, group} on creation); CONTACT_ATTEMPT {@code attempt,
 * channel, reached, plan, promisedDate, note}; DECISION {@code decision, reason, newDeadline}; MESSAGE_POSTED
 * {@code recipient, message} (+ {@code recipientName} for a person); HANDED_OFF {@code shortfall}; NOTE_ADDED {@code note}; ACKNOWLEDGED
 * {@code noticeType}; CLOSED {@code outcome}.
 * JdbcClient, not JPA: the timeline is read from many features' records, each a read-only list.
 */
@Component
class CaseHistories {

    /** Tasks whose completion is the contact attempt or the decision entry (which carry the outcome). */
    /** In-app messages to one person are addressed "user:<name>". */
    private static final String USER = "user:";

    private static final Set<String> COMPLETED_AS_OUTCOME = Set.of(CaseTasks.CONTACT_TASK, CaseTasks.DECISION_TASK);

    private final JdbcClient jdbc;
    private final HistoryService history;
    private final StaffContacts staff;

    CaseHistories(JdbcClient jdbc, HistoryService history, StaffContacts staff) {
        this.jdbc = jdbc;
        this.history = history;
        this.staff = staff;
    }

    /** Everything recorded for the case so far, oldest first (its closing once the resolution record exists). */
    List<CaseHistoryEntry> of(long caseId, String processInstanceId) {
        List<Raw> raw = new ArrayList<>();
        caseEvents(caseId, raw);
        notices(caseId, raw);
        if (processInstanceId != null) {
            tasks(processInstanceId, raw);
        }
        contacts(caseId, raw);
        decisions(caseId, raw);
        messages(caseId, raw);
        handOff(caseId, raw);
        notes(caseId, raw);
        acknowledgements(caseId, raw);
        closed(caseId, raw);
        return named(raw);
    }

    /** The history as the resolution record keeps it: everything so far, then the closing with its outcome. */
    List<CaseHistoryEntry> atClose(long caseId, String processInstanceId, Instant closedAt, ResolutionOutcome outcome) {
        List<CaseHistoryEntry> entries = new ArrayList<>(of(caseId, processInstanceId).stream()
                .filter(e -> e.kind() != CLOSED).toList());
        entries.add(new CaseHistoryEntry(closedAt, CLOSED, CaseHistoryEntry.SYSTEM, null,
                Map.of("outcome", outcome.name())));
        entries.sort(CaseHistoryEntry.ORDER);
        return entries;
    }

    /** An event before the actor's display name is known (names are looked up once for all). */
    private record Raw(Instant at, CaseHistoryEntry.Kind kind, String actor, Map<String, String> facts) {
    }

    private List<CaseHistoryEntry> named(List<Raw> raw) {
        Set<String> people = new HashSet<>();
        raw.forEach(r -> {
            if (!CaseHistoryEntry.SYSTEM.equals(r.actor()) && !CaseHistoryEntry.CLIENT.equals(r.actor())) {
                people.add(r.actor());
            }
            if (r.facts().get("assignee") != null) {
                people.add(r.facts().get("assignee"));
            }
            if (r.facts().getOrDefault("recipient", "").startsWith(USER)) {
                people.add(r.facts().get("recipient").substring(USER.length()));
            }
        });
        Map<String, String> names = staff.displayNames(people);
        return raw.stream().filter(r -> r.at() != null).map(r -> {
            Map<String, String> facts = r.facts();
            if (facts.get("assignee") != null) {
                facts.put("assigneeName", names.getOrDefault(facts.get("assignee"), facts.get("assignee")));
            }
            if (facts.getOrDefault("recipient", "").startsWith(USER)) {
                String user = facts.get("recipient").substring(USER.length());
                facts.put("recipientName", names.getOrDefault(user, user));
            }
            String name = CaseHistoryEntry.SYSTEM.equals(r.actor()) || CaseHistoryEntry.CLIENT.equals(r.actor())
                    ? null : names.getOrDefault(r.actor(), r.actor());
            return new CaseHistoryEntry(r.at(), r.kind(), r.actor(), name, facts);
        }).sorted(CaseHistoryEntry.ORDER).toList();
    }

    private void caseEvents(long caseId, List<Raw> raw) {
        jdbc.sql("SELECT occurred_at, event_type, level, ratio FROM risk_case_event WHERE case_id = ? ORDER BY id")
                .param(caseId).query(rs -> {
                    CaseHistoryEntry.Kind kind = switch (rs.getString("event_type")) {
                        case "OPENED" -> CASE_OPENED;
                        case "ESCALATED" -> LEVEL_RAISED;
                        case "RESTORED" -> RATIO_RESTORED;
                        default -> null; // the case's closing is the resolution record's
                    };
                    if (kind != null) {
                        raw.add(system(instant(rs, "occurred_at"), kind, facts("level", rs.getString("level"),
                                "ratio", plain(rs.getBigDecimal("ratio")))));
                    }
                });
    }

    private void notices(long caseId, List<Raw> raw) {
        jdbc.sql("""
                SELECT id, notice_type, created_at, sent_at, failed_at, superseded_at, superseded_by
                  FROM notification WHERE case_id = ? ORDER BY id""")
                .param(caseId).query(rs -> {
                    String type = rs.getString("notice_type");
                    raw.add(system(instant(rs, "created_at"), NOTICE_QUEUED, facts("noticeType", type)));
                    Instant sent = instant(rs, "sent_at");
                    if (sent != null) {
                        raw.add(system(sent, NOTICE_SENT, facts("noticeType", type)));
                    }
                    Instant failed = instant(rs, "failed_at");
                    if (failed != null) {
                        raw.add(system(failed, NOTICE_FAILED, facts("noticeType", type)));
                    }
                    Instant superseded = instant(rs, "superseded_at");
                    if (superseded != null) { // replaced by a later notice of the case instead of being sent late
                        raw.add(system(superseded, NOTICE_SUPERSEDED, facts("noticeType", type,
                                "by", String.valueOf(rs.getLong("superseded_by")))));
                    }
                });
    }

    private void tasks(String processInstanceId, List<Raw> raw) {
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .includeIdentityLinks().list()) {
            String key = t.getTaskDefinitionKey();
            String group = t.getIdentityLinks().stream().map(l -> l.getGroupId()).filter(g -> g != null)
                    .findFirst().orElse(null);
            raw.add(system(t.getCreateTime().toInstant(), TASK_CREATED, facts("task", key, "assignee",
                    t.getClaimTime() == null ? t.getAssignee() : null, "group", group)));
            if (t.getClaimTime() != null) {
                raw.add(new Raw(t.getClaimTime().toInstant(), TASK_CLAIMED,
                        t.getClaimedBy() != null ? t.getClaimedBy() : String.valueOf(t.getAssignee()), facts("task", key)));
            }
            if (t.getEndTime() == null) {
                continue;
            }
            if (t.getDeleteReason() != null) {
                raw.add(system(t.getEndTime().toInstant(), TASK_CANCELLED, facts("task", key)));
            } else if (!COMPLETED_AS_OUTCOME.contains(key)) {
                String by = t.getCompletedBy() != null ? t.getCompletedBy() : t.getAssignee();
                raw.add(new Raw(t.getEndTime().toInstant(), TASK_COMPLETED, by == null ? CaseHistoryEntry.SYSTEM : by,
                        facts("task", key)));
            }
        }
    }

    private void contacts(long caseId, List<Raw> raw) {
        jdbc.sql("SELECT * FROM case_contact WHERE case_id = ? ORDER BY id").param(caseId).query(rs -> {
            LocalDate promised = rs.getObject("promised_date", LocalDate.class);
            raw.add(new Raw(instant(rs, "recorded_at"), CONTACT_ATTEMPT, rs.getString("recorded_by"),
                    facts("attempt", rs.getString("attempt_no"), "channel", rs.getString("channel"),
                            "reached", Boolean.toString(rs.getBoolean("reached")), "plan", rs.getString("plan"),
                            "promisedDate", promised == null ? null : promised.toString(), "note", rs.getString("note"))));
        });
    }

    private void decisions(long caseId, List<Raw> raw) {
        jdbc.sql("SELECT * FROM case_decision WHERE case_id = ? ORDER BY id").param(caseId).query(rs -> {
            Instant newDeadline = instant(rs, "new_deadline");
            raw.add(new Raw(instant(rs, "decided_at"), DECISION, rs.getString("decided_by"),
                    facts("decision", rs.getString("decision"), "reason", rs.getString("reason"),
                            "newDeadline", newDeadline == null ? null : newDeadline.toString())));
        });
    }

    private void messages(long caseId, List<Raw> raw) {
        jdbc.sql("SELECT recipient, kind, created_at FROM in_app_message WHERE case_id = ? ORDER BY id").param(caseId)
                .query(rs -> {
                    raw.add(system(instant(rs, "created_at"), MESSAGE_POSTED,
                            facts("recipient", rs.getString("recipient"), "message", rs.getString("kind"))));
                });
    }

    private void handOff(long caseId, List<Raw> raw) {
        jdbc.sql("SELECT shortfall, created_at FROM liquidation_handoff WHERE case_id = ?").param(caseId).query(rs -> {
            raw.add(system(instant(rs, "created_at"), HANDED_OFF, facts("shortfall", plain(rs.getBigDecimal("shortfall")))));
        });
    }

    private void notes(long caseId, List<Raw> raw) {
        jdbc.sql("SELECT * FROM case_note WHERE case_id = ? ORDER BY id").param(caseId).query(rs -> {
            raw.add(new Raw(instant(rs, "written_at"), NOTE_ADDED, rs.getString("written_by"),
                    facts("note", rs.getString("note"))));
        });
    }

    private void acknowledgements(long caseId, List<Raw> raw) {
        jdbc.sql("SELECT notice_type, acknowledged_at FROM case_acknowledgement WHERE case_id = ?").param(caseId)
                .query(rs -> {
                    raw.add(new Raw(instant(rs, "acknowledged_at"), ACKNOWLEDGED, CaseHistoryEntry.CLIENT,
                            facts("noticeType", rs.getString("notice_type"))));
                });
    }

    private void closed(long caseId, List<Raw> raw) {
        jdbc.sql("SELECT outcome, resolved_at FROM resolution_record WHERE case_id = ?").param(caseId).query(rs -> {
            raw.add(system(instant(rs, "resolved_at"), CLOSED, facts("outcome", rs.getString("outcome"))));
        });
    }

    private static Raw system(Instant at, CaseHistoryEntry.Kind kind, Map<String, String> facts) {
        return new Raw(at, kind, CaseHistoryEntry.SYSTEM, facts);
    }

    /** Name/value pairs, null values left out. */
    private static Map<String, String> facts(String... pairs) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                facts.put(pairs[i], pairs[i + 1]);
            }
        }
        return facts;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return UtcColumns.instant(rs, column);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
