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

    protected AppUser() {
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
