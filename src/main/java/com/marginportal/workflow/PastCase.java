package com.marginportal.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.marginportal.notification.NoticeType;

/**
 * What happened in a breach case that ended before the portal ran its process (history brought in afterwards,
 * e.g. the demo's past months). The case itself, its events and snapshots are the risk feature's and exist
 * already; this says what the handling added: notices, contacts, a manager's decisions, and when it ended.
 *
 * @param notices    risk notices in the order they went out (WARNING, MARGIN_CALL, LIQUIDATION), each of the
 *                   level of a detection or escalation of the case; the resolution notice follows the record
 * @param decisions  EXTENSION (the account then restored), or one FORCED_LIQUIDATION / CLOSE that ends the case
 * @param resolvedAt when the resolution record was written
 * @param resolutionNoticeSentAt when the resolution notice reached the client (written a second after the record)
 */
public record PastCase(long caseId, List<Notice> notices, List<Contact> contacts, List<Decision> decisions,
                       Instant resolvedAt, Instant resolutionNoticeSentAt) {

    public PastCase {
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        notices = List.copyOf(notices);
        contacts = List.copyOf(contacts);
        decisions = List.copyOf(decisions);
    }

    /** @param acknowledgedAt when the client confirmed reading it (acknowledgement link), or null */
    public record Notice(NoticeType type, Instant createdAt, Instant sentAt, Instant acknowledgedAt) {
    }

    /** One contact attempt the advisor {@code by} recorded on the contact form. */
    public record Contact(Instant at, String by, ContactForm form) {
    }

    /** @param heldDeadline an extension's: the deadline the client held before it (null: none, other decisions) */
    public record Decision(ManagerDecision.Kind kind, String reason, Instant newDeadline, Instant heldDeadline,
                           String by, Instant at) {
    }
}
