package com.marginportal.notification;

/** What a notice tells the client; each type has one HTML and one text template. */
public enum NoticeType {
    WARNING("warning"),
    MARGIN_CALL("margin-call"),
    LIQUIDATION("liquidation"),
    /**
     * A manager gave the client more time (an extension of the top-up deadline): the new deadline with the figures
     * and the demand as they stand when it was granted.
     */
    EXTENSION("extension"),
    RESOLUTION("resolution"),
    /** The monthly account report for clients who asked for it; belongs to no risk case. */
    PERIODIC_REPORT("periodic-report");

    private final String template;

    NoticeType(String template) {
        this.template = template;
    }

    /** Risk notices carry a personal link by which the client acknowledges having read them. */
    public boolean acknowledgeable() {
        return this == WARNING || this == MARGIN_CALL || this == LIQUIDATION || this == EXTENSION;
    }

    /** A notice that asks the client for collateral by a deadline, stating the amount and the deadline. */
    public boolean demandsTopUp() {
        return this == MARGIN_CALL || this == EXTENSION;
    }

    /** Template base name under {@code templates/notification/}. */
    String template() {
        return template;
    }
}
