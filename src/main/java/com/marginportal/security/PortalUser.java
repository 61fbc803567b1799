package com.marginportal.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal: who the user is and which branch they belong to. */
public record PortalUser(long id, String username, String passwordHash, String displayName, Role role,
                         Long branchId, boolean enabled) implements UserDetails {

    public DataScope dataScope() {
        return switch (role) {
            case ADMIN, INTEGRATION -> DataScope.all();
            case MANAGER -> DataScope.branch(branchId);
            case ADVISOR -> DataScope.advisor(id);
        };
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never print the hash. */
    @Override
    public String toString() {
        return "PortalUser[" + username + ", " + role + "]";
    }
}
