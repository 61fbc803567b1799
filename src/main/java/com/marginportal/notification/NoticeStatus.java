package com.marginportal.notification;

/**
 * Delivery state of a notice: PENDING (due at next_attempt_at) → SENDING (claimed by one dispatcher) →
 * SENT (the SMTP server accepted it), or back to PENDING with back-off, or FAILED after the last attempt.
 * A manager's retry puts a FAILED notice back to PENDING.
 */
public enum NoticeStatus {
    PENDING, SENDING, SENT, FAILED
}
