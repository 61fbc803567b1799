package com.marginportal.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where a sign-in comes from: the integration API (HTTP Basic, every call) or the portal's login form. */
enum SignInChannel {
    API, PORTAL;

    /** The request paths of the API security chain (see SecurityConfiguration#apiSecurityFilterChain). */
    private static final String[] API_PATHS = {"/api/", "/v3/api-docs", "/swagger-ui"};

    /** Read from the current request (Spring's RequestContextFilter runs before the security filters). */
    static SignInChannel current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            for (String api : API_PATHS) {
                if (path.startsWith(api)) {
                    return API;
                }
            }
        }
        return PORTAL;
    }
}
