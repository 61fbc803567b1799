package com.marginportal.notification;

/** What a notice tells the client; each type has one HTML and one text template. */
public enum NoticeType {
    WARNING("warning"),
    MARGIN_CALL("margin-call"),
    LIQUIDATION("liquidation"),
    RESOLUTION("resolution"),
    /** The monthly account report for clients who asked for it; belongs to no risk case. */
    PERIODIC_REPORT("periodic-report");

    private final String template;

    NoticeType(String template) {
        this.template = template;
    }

    /** Risk notices carry a personal link by which the client acknowledges having read them. */
    public boolean acknowledgeable() {
        return this == WARNING || this == MARGIN_CALL || this == LIQUIDATION;
    }

    /** Template base name under {@code templates/notification/}. */
    String template() {
        return template;
    }
}
