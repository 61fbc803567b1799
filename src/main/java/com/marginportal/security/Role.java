package com.marginportal.security;

/**
 * What a portal user is allowed to do. Annotations use the names in {@link Role.Names}.
 * INTEGRATION is a service account of the core margin system: it may call the import API, nothing else.
 */
public enum Role {
    ADVISOR, MANAGER, ADMIN, INTEGRATION;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Compile-time constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADVISOR = "ADVISOR";
        public static final String MANAGER = "MANAGER";
        public static final String ADMIN = "ADMIN";
        public static final String INTEGRATION = "INTEGRATION";

        private Names() {
        }
    }
}
