package com.marginportal.workflow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One business event of a breach case, as the case history and the resolution record list it: when, what,
 * who (a user name, {@link #SYSTEM} or {@link #CLIENT}) with the person's display name, and the event's facts
 * (codes and plain values, worded by the views in the reader's language).
 */
public record CaseHistoryEntry(Instant at, Kind kind, String actor, String actorName, Map<String, String> facts) {

    public static final String SYSTEM = "system";
    public static final String CLIENT = "client";

    /** What happened. Facts per kind are named in {@link CaseHistories}. */
    public enum Kind {
        CASE_OPENED, NOTICE_QUEUED, NOTICE_NOT_WRITTEN, NOTICE_SENT, NOTICE_FAILED, NOTICE_SUPERSEDED, TASK_CREATED, TASK_CLAIMED, TASK_RETURNED,
        TASK_REASSIGNED, CONTACT_ATTEMPT,
        TASK_COMPLETED, TASK_CANCELLED, MESSAGE_POSTED, LEVEL_RAISED, RATIO_RESTORED, DECISION, HANDED_OFF,
        NOTE_ADDED, ACKNOWLEDGED, CLOSED
    }

    /** Time order; events of the same millisecond in a fixed order, so every reader lists them alike. */
    static final Comparator<CaseHistoryEntry> ORDER = Comparator.comparing(CaseHistoryEntry::at)
            .thenComparing(CaseHistoryEntry::kind).thenComparing(e -> e.facts().toString());

    public CaseHistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        at = at.truncatedTo(ChronoUnit.MILLIS); // as precise as the process engine's times, the same after storage
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public boolean bySystem() {
        return SYSTEM.equals(actor);
    }

    public String fact(String name) {
        return facts.get(name);
    }
}
