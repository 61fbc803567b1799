package com.marginportal.security;

import java.time.Instant;

/** A portal account as the administrators' users view shows it (no credentials). */
public record UserSummary(long id, String username, String displayName, Role role, Long branchId, String phone,
                          String email, boolean enabled, boolean passwordChangeRequired, Instant lockedUntil,
                          Instant lastSignInAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
