package com.marginportal.service;

import java.time.Instant;
import java.util.Set;

/**
 * Which open plan tasks of the caller's scope a list reads, in the database: by who holds them, due before a time (the
 * overdue list), of a branch or of some clients.
 *
 * @param dueBefore null: any due time
 * @param branchId  null: any branch
 * @param clientIds null: any client; empty: none
 */
public record ContactTaskFilter(Holder holder, Instant dueBefore, Long branchId, Set<Long> clientIds) {

    /** Any holder; the caller (an advisor's own contacts); anyone else (the contacts a manager's advisors owe). */
    public enum Holder { ANY, CALLER, OTHERS }

    public static final ContactTaskFilter ALL = new ContactTaskFilter(Holder.ANY, null, null, null);

    public ContactTaskFilter {
        java.util.Objects.requireNonNull(holder, "holder");
        clientIds = clientIds == null ? null : Set.copyOf(clientIds);
    }
}
