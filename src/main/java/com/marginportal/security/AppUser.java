package com.marginportal.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "display_name")
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "branch_id")
    private Long branchId;
    private String phone;
    private String email;
    private boolean enabled;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;
    @Column(name = "failed_sign_ins")
    private int failedSignIns;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;
    @Column(name = "directory_managed")
    private boolean directoryManaged;

    protected AppUser() {
    }

    /** A new account; its first password is temporary unless {@code temporaryPassword} is false (service accounts). */
    AppUser(String username, String passwordHash, String displayName, Role role, Long branchId, String phone,
            String email, boolean temporaryPassword, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.branchId = branchId;
        this.phone = phone;
        this.email = email;
        this.enabled = true;
        this.createdAt = now;
        this.passwordChangeRequired = temporaryPassword;
        this.passwordChangedAt = now;
    }

    UserSummary toSummary() {
        return new UserSummary(id, username, displayName, role, branchId, phone, email, enabled,
                passwordChangeRequired, lockedUntil, lastSignInAt, directoryManaged);
    }

    void setPassword(String hash, boolean temporary, Instant now) {
        this.passwordHash = hash;
        this.passwordChangeRequired = temporary;
        this.passwordChangedAt = now;
        unlock();
    }

    /**
     * From now on the directory vouches for this account: the local password is replaced by a value no password
     * matches (a hash needs an "{id}" prefix), so local sign-in, reset and change are refused.
     */
    void manageInDirectory(Instant now) {
        this.directoryManaged = true;
        this.passwordHash = DIRECTORY_PASSWORD;
        this.passwordChangeRequired = false;
        this.passwordChangedAt = now;
    }

    /** Stored instead of a hash for directory accounts: no encoder accepts it. */
    static final String DIRECTORY_PASSWORD = "!directory";

    boolean isDirectoryManaged() {
        return directoryManaged;
    }

    void unlock() {
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    void assign(Role newRole, Long newBranchId) {
        this.role = newRole;
        this.branchId = newBranchId;
    }

    void describe(String newDisplayName, String newPhone, String newEmail) {
        this.displayName = newDisplayName;
        this.phone = newPhone;
        this.email = newEmail;
    }

    void setEnabled(boolean value) {
        this.enabled = value;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    PortalUser toPrincipal() {
        return new PortalUser(id, username, passwordHash, displayName, role, branchId, enabled);
    }

    UserAccount toAccount() {
        return new UserAccount(id, username, displayName, role, branchId, phone, email, enabled);
    }

    Long getId() {
        return id;
    }

    Role getRole() {
        return role;
    }

    Long getBranchId() {
        return branchId;
    }
}
