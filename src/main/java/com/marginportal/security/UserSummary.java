package com.marginportal.security;

import java.time.Instant;

/**
 * A portal account as the administrators' users view shows it (no credentials). A directory-managed account
 * signs in through LDAP / Active Directory and has no local password to reset.
 */
public record UserSummary(long id, String username, String displayName, Role role, Long branchId, String phone,
                          String email, boolean enabled, boolean passwordChangeRequired, Instant lockedUntil,
                          Instant lastSignInAt, boolean directoryManaged) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
