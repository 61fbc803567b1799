package com.marginportal.notification;

/** What an in-app message is about; the UI words each kind in the reader's language and opens its route. */
public enum InAppKind {
    /** A contact task passed its due time: the branch managers review it. */
    CONTACT_OVERDUE("tasks"),
    /** A manager decision passed its due time: the branch managers who hold it are told first. */
    DECISION_OVERDUE("tasks"),
    /** A manager decision is still open a further interval after it became overdue: the risk office reviews it. */
    DECISION_ESCALATED("tasks"),
    /** A margin call's deadline passed with the contact task open: its advisor is told the managers decide now. */
    CONTACT_WITHDRAWN("risk/cases"),
    /** A manager's reminder about an open task of the reader's. */
    REMINDER("tasks"),
    /** A client's service request passed its due time: the branch managers follow it up. */
    SERVICE_REQUEST_OVERDUE("service");

    private final String route;

    InAppKind(String route) {
        this.route = route;
    }

    /** Where the reader finds the work the message is about. */
    public String route() {
        return route;
    }
}
