package com.marginportal.workflow;

import static com.marginportal.workflow.CaseHistoryEntry.Kind.*;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marginportal.notification.NoticeKind;
import com.marginportal.notification.NoticeType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.UtcColumns;
import com.marginportal.risk.domain.BreachReason;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The events of a breach case that its steps left as rows (risk case events, notices, contact attempts, decisions,
 * in-app messages, the hand-off, managers' notes, the client's acknowledgements, the resolution record), for
 * {@link CaseHistories}, which adds the process's tasks and the actors' names. Each row tells only what happened to
 * it: a notice that could not be written was never queued and never failed to send, it could not be written (each
 * time, with the reason) until a manager's retry wrote it and queued it.
 * JdbcClient, not JPA: the timeline is read from many features' records, each a read-only list.
 */
@Component
class CaseHistoryRows {

    /** Figures digit for digit, as the snapshot wrote them. */
    private static final ObjectMapper SNAPSHOTS = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final JdbcClient jdbc;

    CaseHistoryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An event before the actor's display name is known (names are looked up once for all). */
    record Raw(Instant at, CaseHistoryEntry.Kind kind, String actor, Map<String, String> facts) {

        static Raw system(Instant at, CaseHistoryEntry.Kind kind, Map<String, String> facts) {
            return new Raw(at, kind, CaseHistoryEntry.SYSTEM, facts);
        }
    }

    /** Every event the case's rows record so far, in no particular order. */
    List<Raw> of(long caseId) {
        List<Raw> raw = new ArrayList<>();
        caseEvents(caseId, raw);
        notices(caseId, raw);
        unwrittenNotices(caseId, raw);
        contacts(caseId, raw);
        decisions(caseId, raw);
        messages(caseId, raw);
        handOff(caseId, raw);
        notes(caseId, raw);
        acknowledgements(caseId, raw);
        closed(caseId, raw);
        return raw;
    }

    /**
     * The case's opening, level changes and restoration; the opening and restoration of a case on the financing ratio
     * also name that ratio as the event's snapshot recorded it (the maintenance ratio alone is not the figure that
     * crossed, or came back).
     */
    private void caseEvents(long caseId, List<Raw> raw) {
        jdbc.sql("""
                SELECT e.occurred_at, e.event_type, e.level, e.ratio, e.snapshot, r.reason
                  FROM risk_case_event e JOIN risk_case r ON r.id = e.case_id WHERE e.case_id = ? ORDER BY e.id""")
                .param(caseId).query(rs -> {
                    CaseHistoryEntry.Kind kind = switch (rs.getString("event_type")) {
                        case "OPENED" -> CASE_OPENED;
                        case "ESCALATED" -> LEVEL_RAISED;
                        case "RESTORED" -> RATIO_RESTORED;
                        default -> null; // the case's closing is the resolution record's
                    };
                    if (kind != null) {
                        // a case's reason is its latest; one still on the financing ratio was opened on it, and its
                        // restoration is that ratio back under its line
                        String financing = kind != LEVEL_RAISED
                                && BreachReason.FINANCING_RATIO.name().equals(rs.getString("reason"))
                                ? financingRatio(rs.getString("snapshot")) : null;
                        raw.add(Raw.system(instant(rs, "occurred_at"), kind, facts("level", rs.getString("level"),
                                "ratio", plain(rs.getBigDecimal("ratio")), "financingRatio", financing)));
                    }
                });
    }

    /**
     * A written notice was queued when it was written (at once, or by a manager's retry), then sent, or its delivery
     * failed; a notice not written (empty subject) was neither: its failed writings are {@link #unwrittenNotices}.
     */
    private void notices(long caseId, List<Raw> raw) {
        jdbc.sql("""
                SELECT notice_type, subject, snapshot, created_at, rewritten_at, sent_at, failed_at, superseded_at,
                       superseded_by
                  FROM notification WHERE case_id = ? ORDER BY id""")
                .param(caseId).query(rs -> {
                    String type = rs.getString("notice_type");
                    String kind = kind(type, rs.getString("snapshot"));
                    boolean written = !rs.getString("subject").isEmpty();
                    if (written) {
                        Instant rewritten = instant(rs, "rewritten_at");
                        raw.add(Raw.system(rewritten != null ? rewritten : instant(rs, "created_at"), NOTICE_QUEUED,
                                facts("noticeType", type, "noticeKind", kind)));
                    }
                    Instant sent = instant(rs, "sent_at");
                    if (sent != null) {
                        raw.add(Raw.system(sent, NOTICE_SENT, facts("noticeType", type, "noticeKind", kind)));
                    }
                    Instant failed = instant(rs, "failed_at");
                    if (failed != null && written) {
                        raw.add(Raw.system(failed, NOTICE_FAILED, facts("noticeType", type, "noticeKind", kind)));
                    }
                    Instant superseded = instant(rs, "superseded_at");
                    if (superseded != null) { // replaced by a later notice of the case instead of being sent late
                        raw.add(Raw.system(superseded, NOTICE_SUPERSEDED, facts("noticeType", type,
                                "noticeKind", kind, "by", String.valueOf(rs.getLong("superseded_by")))));
                    }
                });
    }

    /** Each time a notice of the case could not be written (its request refused, its template failing), and why. */
    private void unwrittenNotices(long caseId, List<Raw> raw) {
        jdbc.sql("""
                SELECT n.notice_type, f.failed_at, f.reason FROM notification_write_failure f
                  JOIN notification n ON n.id = f.notification_id
                 WHERE n.case_id = ? ORDER BY f.id""")
                .param(caseId).query(rs -> {
                    raw.add(Raw.system(instant(rs, "failed_at"), NOTICE_NOT_WRITTEN,
                            facts("noticeType", rs.getString("notice_type"), "reason", rs.getString("reason"))));
                });
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
                    raw.add(Raw.system(instant(rs, "created_at"), MESSAGE_POSTED,
                            facts("recipient", rs.getString("recipient"), "message", rs.getString("kind"))));
                });
    }

    private void handOff(long caseId, List<Raw> raw) {
        jdbc.sql("SELECT shortfall, created_at FROM liquidation_handoff WHERE case_id = ?").param(caseId).query(rs -> {
            raw.add(Raw.system(instant(rs, "created_at"), HANDED_OFF, facts("shortfall", plain(rs.getBigDecimal("shortfall")))));
        });
    }

    private void notes(long caseId, List<Raw> raw) {
        jdbc.sql("SELECT * FROM case_note WHERE case_id = ? ORDER BY id").param(caseId).query(rs -> {
            raw.add(new Raw(instant(rs, "written_at"), NOTE_ADDED, rs.getString("written_by"),
                    facts("note", rs.getString("note"))));
        });
    }

    private void acknowledgements(long caseId, List<Raw> raw) {
        jdbc.sql("""
                SELECT a.notice_type, a.acknowledged_at, n.snapshot FROM case_acknowledgement a
                  LEFT JOIN notification n ON n.id = a.notice_id WHERE a.case_id = ?""").param(caseId)
                .query(rs -> {
                    raw.add(new Raw(instant(rs, "acknowledged_at"), ACKNOWLEDGED, CaseHistoryEntry.CLIENT,
                            facts("noticeType", rs.getString("notice_type"),
                                    "noticeKind", kind(rs.getString("notice_type"), rs.getString("snapshot")))));
                });
    }

    private void closed(long caseId, List<Raw> raw) {
        jdbc.sql("SELECT outcome, resolved_at FROM resolution_record WHERE case_id = ?").param(caseId).query(rs -> {
            raw.add(Raw.system(instant(rs, "resolved_at"), CLOSED, facts("outcome", rs.getString("outcome"))));
        });
    }

    /** A notice's staff label ({@link NoticeKind}) where it differs from its type; null otherwise (left out). */
    private static String kind(String type, String snapshot) {
        String kind = NoticeKind.of(NoticeType.valueOf(type), snapshot);
        return kind.equals(type) ? null : kind;
    }

    /** Name/value pairs, null values left out. */
    static Map<String, String> facts(String... pairs) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                facts.put(pairs[i], pairs[i + 1]);
            }
        }
        return facts;
    }

    private static String financingRatio(String snapshot) {
        try {
            JsonNode ratio = SNAPSHOTS.readTree(snapshot).path("financingRatio");
            return ratio.isNumber() ? ratio.decimalValue().toPlainString() : null;
        } catch (JsonProcessingException unreadable) {
            return null; // the line keeps the maintenance ratio it always had
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return UtcColumns.instant(rs, column);
    }
}
