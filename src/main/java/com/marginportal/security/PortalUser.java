package com.marginportal.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal: who the user is and which branch they belong to. */
public record PortalUser(long id, String username, String passwordHash, String displayName, Role role,
                         Long branchId, boolean enabled) implements UserDetails {

    /** The head office's risk officers (admins) as a group: escalations of managers' work go there. */
    public static final String RISK_OFFICE = "risk-office";

    public DataScope dataScope() {
        return switch (role) {
            case ADMIN, INTEGRATION -> DataScope.all();
            case MANAGER -> DataScope.branch(branchId);
            case ADVISOR -> DataScope.advisor(id);
            case METRICS -> DataScope.advisor(id); // holds no client, so sees none (it never reaches client data anyway)
        };
    }

    /**
     * Who the user is as a recipient of group work and messages: "user:&lt;name&gt;", and the branch group of
     * their role ("branch-&lt;id&gt;-advisors" / "-managers"); admins form the head office's "risk-office".
     */
    public List<String> recipientGroups() {
        return switch (role) {
            case ADVISOR -> List.of("user:" + username, "branch-" + branchId + "-advisors");
            case MANAGER -> List.of("user:" + username, "branch-" + branchId + "-managers");
            case ADMIN -> List.of("user:" + username, RISK_OFFICE);
            case INTEGRATION, METRICS -> List.of("user:" + username);
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
