package com.marginportal.workflow;

import java.time.Instant;
import java.util.Objects;

import com.marginportal.security.PlainText;

/**
 * A manager's decision on a case: forced liquidation, an extension to a new deadline, or closing it. Every
 * decision states its reason (决定理由): a forced liquidation cannot be undone, and the record says why.
 */
public record ManagerDecision(Kind kind, Instant newDeadline, String reason) {

    public enum Kind { FORCED_LIQUIDATION, EXTENSION, CLOSE }

    public ManagerDecision {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.EXTENSION && newDeadline == null) {
            throw new IllegalArgumentException("an extension needs a new deadline");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(switch (kind) {
                case FORCED_LIQUIDATION -> "a forced liquidation needs a decision reason (决定理由)";
                case EXTENSION -> "an extension needs a decision reason (决定理由)";
                case CLOSE -> "closing the case needs a decision reason (决定理由)";
            });
        }
        PlainText.requireMultiLine("reason", reason);
        reason = reason.strip();
        if (reason != null && reason.length() > 1000) {
            throw new IllegalArgumentException("reason is longer than 1000 characters");
        }
    }

    public static ManagerDecision liquidate(String reason) {
        return new ManagerDecision(Kind.FORCED_LIQUIDATION, null, reason);
    }

    public static ManagerDecision extend(Instant newDeadline, String reason) {
        return new ManagerDecision(Kind.EXTENSION, newDeadline, reason);
    }

    public static ManagerDecision close(String reason) {
        return new ManagerDecision(Kind.CLOSE, null, reason);
    }
}
