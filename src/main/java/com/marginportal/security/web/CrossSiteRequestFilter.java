package com.marginportal.security.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site request forgery where no CSRF token protects: the stateless API (HTTP Basic, no session — but a
 * browser that cached Basic credentials from Swagger UI attaches them to a form another site auto-submits) and
 * the login form's post (Vaadin's login accepts it without Spring's token, so another site could sign a victim in
 * to the attacker's account). A state-changing request that comes from a browser page must come from the portal's
 * own origin:
 * <ul>
 * <li>{@code Sec-Fetch-Site: cross-site} or {@code same-site} is refused;</li>
 * <li>an {@code Origin} other than the portal's own (or {@code portal.public-base-url}) is refused;</li>
 * <li>on the API, a browser request that is not {@code Sec-Fetch-Site: same-origin} must carry
 *     {@code X-Requested-With} (a header no cross-origin page can add without a CORS pre-flight, which the portal
 *     never grants); the login form, posted by the browser itself, is exempt from this one.</li>
 * </ul>
 * Clients that are not browsers send neither {@code Origin} nor {@code Sec-Fetch-Site} and are unaffected.
 * GET, HEAD and OPTIONS change nothing and pass. The rule for integrators is in docs/import-formats.md.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final String publicOrigin;
    private final RequestMatcher applies;
    private final boolean customHeaderRequired;

    /** For the API: every state-changing request of its chain; browsers must add X-Requested-With. */
    static CrossSiteRequestFilter api(String publicBaseUrl) {
        return new CrossSiteRequestFilter(publicBaseUrl, AnyRequestMatcher.INSTANCE, true);
    }

    /** For the login form: its post only. */
    static CrossSiteRequestFilter loginForm(String publicBaseUrl, String loginPath) {
        return new CrossSiteRequestFilter(publicBaseUrl, PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath), false);
    }

    private CrossSiteRequestFilter(String publicBaseUrl, RequestMatcher applies, boolean customHeaderRequired) {
        this.applies = applies;
        this.customHeaderRequired = customHeaderRequired;
        this.publicOrigin = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : origin(URI.create(publicBaseUrl.strip()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refusal = SAFE_METHODS.contains(request.getMethod()) || !applies.matches(request) ? null : refusal(request);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
                + refusal + " (see docs/import-formats.md, cross-site requests)\",\"instance\":\""
                + request.getRequestURI().replace("\"", "") + "\"}");
    }

    /** Why the request is refused, or null. */
    String refusal(HttpServletRequest request) {
        String site = lower(request.getHeader("Sec-Fetch-Site"));
        String origin = request.getHeader("Origin");
        if (site == null && origin == null) {
            return null; // not a browser page: an integration client
        }
        if ("cross-site".equals(site) || "same-site".equals(site)) {
            return "cross-site request refused: a state-changing request from another site's page (Sec-Fetch-Site: " + site + ")";
        }
        if (origin != null && !ownOrigin(origin, request)) {
            return "cross-site request refused: Origin is not the portal's own origin";
        }
        if (customHeaderRequired && !"same-origin".equals(site) && request.getHeader("X-Requested-With") == null) {
            return "cross-site request refused: a browser request without Sec-Fetch-Site: same-origin must send X-Requested-With";
        }
        return null;
    }

    private boolean ownOrigin(String header, HttpServletRequest request) {
        String given;
        try {
            given = origin(URI.create(header.strip()));
        } catch (IllegalArgumentException e) {
            return false; // "null" (sandboxed frame, file:) or garbage
        }
        if (given == null) {
            return false;
        }
        String own = request.getScheme().toLowerCase(Locale.ROOT) + "://" + request.getServerName().toLowerCase(Locale.ROOT)
                + ":" + request.getServerPort();
        return given.equals(own) || given.equals(publicOrigin);
    }

    /** scheme://host:port with the default port made explicit; null when the URI has no host. */
    private static String origin(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
