package com.marginportal.notification;

/** What a risk notice tells the client; each type has one HTML and one text template. */
public enum NoticeType {
    WARNING("warning"),
    MARGIN_CALL("margin-call"),
    LIQUIDATION("liquidation"),
    RESOLUTION("resolution");

    private final String template;

    NoticeType(String template) {
        this.template = template;
    }

    /** Template base name under {@code templates/notification/}. */
    String template() {
        return template;
    }
}
