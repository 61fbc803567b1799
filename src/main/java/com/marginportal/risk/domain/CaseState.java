package com.marginportal.risk.domain;

/**
 * The one state of a risk case ({@code risk_case.status}), read by every view: the risk case list, the board and
 * its case view, the dashboard, exports and the client 360 view. Labels: {@code caseStatus.<name>} in both bundles.
 */
public enum CaseState {
    /** In handling: the breach process runs. */
    OPEN,
    /** The ratio is back at the case's top-up target (and no financing-ratio breach remains). */
    RESTORED,
    /** A manager ordered forced liquidation; the case was handed to trading. */
    HANDED_OFF,
    /** A manager closed the case. */
    CLOSED;

    /** Ended by a manager's decision (the account's episode may still be bound to the case). */
    public boolean isDecided() {
        return this == HANDED_OFF || this == CLOSED;
    }

    public String labelKey() {
        return "caseStatus." + name();
    }
}
