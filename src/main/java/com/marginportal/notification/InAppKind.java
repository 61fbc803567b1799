package com.marginportal.notification;

/** What an in-app message is about; the UI words each kind in the reader's language. */
public enum InAppKind {
    /** A contact task passed its due time: the branch managers review it. */
    CONTACT_OVERDUE,
    /** A manager decision passed its due time: the risk office reviews it. */
    DECISION_OVERDUE,
    /** A manager's reminder about an open task of the reader's. */
    REMINDER
}
