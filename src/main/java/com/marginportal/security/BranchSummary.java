package com.marginportal.security;

import java.time.Instant;

/** A branch as the administrators' branches view shows it. */
public record BranchSummary(long id, String code, String name, String city, Instant closedAt) {

    public boolean closed() {
        return closedAt != null;
    }
}
