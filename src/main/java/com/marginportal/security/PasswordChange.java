package com.marginportal.security;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user changes their own password; required after a reset and at the first sign-in. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class PasswordChange {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    PasswordChange(AppUserRepository users, PasswordEncoder encoder, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Read from the database on each call: a reset by an administrator applies at once, on every node. */
    @Transactional(readOnly = true)
    public boolean required() {
        return currentUser.get().flatMap(u -> users.findById(u.id())).map(AppUser::isPasswordChangeRequired).orElse(false);
    }

    /** A directory account has no local password: the portal offers no change, the directory does it. */
    @Transactional(readOnly = true)
    public boolean directoryManaged() {
        return currentUser.get().flatMap(u -> users.findById(u.id())).map(AppUser::isDirectoryManaged).orElse(false);
    }

    /**
     * @throws BadCredentialsException when the current password is wrong, or the account is directory-managed
     * @throws PasswordRejected when the new one breaks the policy or equals the current one
     */
    public void change(String currentPassword, String newPassword) {
        AppUser user = users.findById(currentUser.require().id()).orElseThrow();
        if (user.isDirectoryManaged()) {
            audit.record("PASSWORD_CHANGE_FAILED", "USER", user.getUsername(), AuditText.of("passwordChangeDirectory"));
            throw new BadCredentialsException("directory account: change the password in the directory");
        }
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            audit.record("PASSWORD_CHANGE_FAILED", "USER", user.getUsername(), AuditText.of("passwordChangeWrongCurrent"));
            throw new BadCredentialsException("current password is wrong");
        }
        PasswordPolicy.require(user.getUsername(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new PasswordRejected(List.of(PasswordPolicy.Problem.SAME_AS_CURRENT));
        }
        user.setPassword(encoder.encode(newPassword), false, clock.instant());
        audit.record("PASSWORD_CHANGED", "USER", user.getUsername(), (String) null);
    }
}
