package com.marginportal.security;

/** A portal user as other features and views see it (no credentials). */
public record UserAccount(long id, String username, String displayName, Role role, Long branchId,
                          String phone, String email, boolean enabled) {
}
