package com.marginportal.security;

/**
 * What a portal user is allowed to do. Annotations use the names in {@link Role.Names}.
 * INTEGRATION is a service account of the core margin system: it may call the import API, nothing else.
 * METRICS is a service account of the monitoring (Prometheus): health details and metrics under /actuator, nothing else.
 */
public enum Role {
    ADVISOR, MANAGER, ADMIN, INTEGRATION, METRICS;

    public String authority() {
        return "ROLE_" + name();
    }

    /** An account of another system, not a person: no branch, no temporary password, no portal sign-in. */
    public boolean serviceAccount() {
        return this == INTEGRATION || this == METRICS;
    }

    /** Compile-time constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADVISOR = "ADVISOR";
        public static final String MANAGER = "MANAGER";
        public static final String ADMIN = "ADMIN";
        public static final String INTEGRATION = "INTEGRATION";
        public static final String METRICS = "METRICS";

        private Names() {
        }
    }
}
