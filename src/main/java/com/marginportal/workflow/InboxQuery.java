package com.marginportal.workflow;

import java.time.Instant;
import java.util.Set;

/**
 * Which of the caller's breach tasks a page of the inbox reads, in the database: hers or her group's (to take), due
 * before a time (the overdue list), of a level, a branch, or some clients.
 *
 * @param dueBefore null: any due time (a task without one too)
 * @param level     null: any level
 * @param branchId  null: any branch
 * @param clientIds null: any client; empty: none
 */
public record InboxQuery(Holder holder, Instant dueBefore, String level, Long branchId, Set<Long> clientIds) {

    /** Assigned to the caller, or waiting in her group's pool (admins: every unassigned task). */
    public enum Holder { MINE, GROUP }

    public InboxQuery {
        java.util.Objects.requireNonNull(holder, "holder");
        clientIds = clientIds == null ? null : Set.copyOf(clientIds);
    }

    public static InboxQuery of(Holder holder) {
        return new InboxQuery(holder, null, null, null, null);
    }
}
