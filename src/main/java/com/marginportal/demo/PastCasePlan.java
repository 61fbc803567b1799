package com.marginportal.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.marginportal.risk.AccountSnapshot;
import com.marginportal.workflow.PastCase;

/**
 * One past breach case as the demo writes it: the risk case row's final state, its events with their account
 * snapshots, and the handling ({@link PastCase}, its case id still 0 until the case row exists).
 *
 * @param status    RESTORED, HANDED_OFF or CLOSED
 * @param level     the worst level the case reached
 * @param closedAt  when a manager's decision ended it (HANDED_OFF, CLOSED), else null
 */
record PastCasePlan(HistoryAccount account, String status, String level, List<Event> events, Instant closedAt,
                    String closedBy, PastCase handling) {

    /** A risk case event: OPENED, ESCALATED, RESTORED or the decided state. */
    record Event(String type, String level, Instant at, AccountSnapshot snapshot) {
    }

    Event opened() {
        return events.get(0);
    }

    Instant escalatedAt() {
        return events.stream().filter(e -> e.type().equals("ESCALATED")).map(Event::at).findFirst().orElse(null);
    }

    Instant restoredAt() {
        return events.stream().filter(e -> e.type().equals("RESTORED")).map(Event::at).findFirst().orElse(null);
    }

    BigDecimal lowestRatio() {
        return events.stream().map(e -> e.snapshot().maintenanceRatio()).min(BigDecimal::compareTo).orElseThrow();
    }

    Event last() {
        return events.get(events.size() - 1);
    }

    PastCase handlingOf(long caseId) {
        return new PastCase(caseId, handling.notices(), handling.contacts(), handling.decisions(),
                handling.resolvedAt(), handling.resolutionNoticeSentAt());
    }
}
