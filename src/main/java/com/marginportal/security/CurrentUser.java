package com.marginportal.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, read from Spring Security on the server. */
@Component
public class CurrentUser {

    public Optional<PortalUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    public DataScope scope() {
        return require().dataScope();
    }

    /** For audit rows written outside a user request (scheduled jobs, imports). */
    public String usernameOrSystem() {
        return get().map(PortalUser::username).orElse("system");
    }
}
