package com.marginportal.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a sign-in comes from: the integration API (HTTP Basic, every call), the operations endpoints under
 * /actuator (HTTP Basic) or the portal's login form. Service accounts sign in only where they work.
 */
enum SignInChannel {
    API, OPERATIONS, PORTAL;

    /** The request paths of the API security chain (see SecurityConfiguration#apiSecurityFilterChain). */
    private static final String[] API_PATHS = {"/api/", "/v3/api-docs", "/swagger-ui"};

    /** INTEGRATION only through the API, METRICS only through the operations endpoints; people anywhere. */
    boolean admits(Role role) {
        return switch (role) {
            case INTEGRATION -> this == API;
            case METRICS -> this == OPERATIONS;
            case ADVISOR, MANAGER, ADMIN -> true;
        };
    }

    /** Read from the current request (Spring's RequestContextFilter runs before the security filters). */
    static SignInChannel current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/actuator/") || path.equals("/actuator")) {
                return OPERATIONS;
            }
            for (String api : API_PATHS) {
                if (path.startsWith(api)) {
                    return API;
                }
            }
        }
        return PORTAL;
    }
}
