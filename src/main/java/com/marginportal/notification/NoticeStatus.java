package com.marginportal.notification;

/**
 * Delivery state of a notice: PENDING (due at next_attempt_at) → SENDING (claimed by one dispatcher) →
 * SENT (the SMTP server accepted it), or back to PENDING with back-off, or FAILED after the last attempt.
 * A manager's retry puts a FAILED notice back to PENDING. A PENDING or FAILED notice that a later notice of its
 * case makes obsolete becomes SUPERSEDED (with the id of that notice) and is never sent ({@link CaseNoticeOrder}).
 */
public enum NoticeStatus {
    PENDING, SENDING, SENT, FAILED, SUPERSEDED
}
