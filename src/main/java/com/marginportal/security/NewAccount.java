package com.marginportal.security;

/** What an administrator enters for a new account; the password is temporary (changed at first sign-in). */
public record NewAccount(String username, String displayName, Role role, Long branchId, String phone, String email,
                         String password) {

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + role + ", branch " + branchId + "]";
    }
}
