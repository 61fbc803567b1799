package com.marginportal.home.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One case that needs a manager now: a decision waiting for the branch's managers (forced liquidation, extension
 * or closing), or work on the case that is past its due time.
 *
 * @param reason the indicator the case crossed ({@code MAINTENANCE_RATIO}, {@code FINANCING_RATIO})
 * @param step   the BPMN activity the case waits at (e.g. {@code managerDecision})
 * @param holder the login of who holds the task (null: offered to a group, nobody has taken it)
 * @param link   the portal route that opens it (the task in the inbox, or the case)
 */
public record AttentionItem(Kind kind, long caseId, long clientId, String level, String reason, BigDecimal ratio,
                            Instant due, String step, String holder, String link) {

    /** Decisions come first: only a manager can take them, and a liquidation breach waits for nobody else. */
    public enum Kind { DECISION, OVERDUE }

    public AttentionItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(link, "link");
    }

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
