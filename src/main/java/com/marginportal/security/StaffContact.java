package com.marginportal.security;

/** A staff member as system callers address them: login name (task assignee), display name and work phone. */
public record StaffContact(long id, String username, String displayName, String phone, Long branchId) {
}
