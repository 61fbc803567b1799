package com.marginportal.security.web;

import com.marginportal.security.Role;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Form login through the Vaadin login view; every view declares its roles, every service method
 * checks them again (method security), and data scope is applied in the queries.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity // @PreAuthorize on services; views' @RolesAllowed are checked by Vaadin (jsr250 here would proxy views)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {

    /** The shell's login view; referenced by path so security does not depend on the UI shell. */
    public static final String LOGIN_PATH = "/login";

    /** The clients' public page behind the link in a risk notice (notification.web); nothing else is public. */
    public static final String ACKNOWLEDGEMENT_PATH = "/ack";

    /**
     * The acknowledgement page: open to anyone, because the signed single-use token in the URL is the
     * credential. No session (nothing to log in to), no CSRF token (a forged request would need the token
     * itself), and a strict policy: the page loads nothing, runs no script, cannot be framed, and sends no
     * Referer carrying the token. Checked first; it matches that one path only.
     */
    @Bean
    @Order(0)
    SecurityFilterChain acknowledgementSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(ACKNOWLEDGEMENT_PATH, ACKNOWLEDGEMENT_PATH + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; "
                                + "style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /**
     * The portal's pages: what Vaadin Flow needs (its bootstrap is an inline script and its client builds
     * functions from the JavaScript the server sends, so 'unsafe-inline' and 'unsafe-eval'; its components and
     * ECharts set inline styles; bpmn-js draws inline SVG and ECharts may export data: images) and nothing from
     * other origins. Checked in a real browser by {@code ContentSecurityPolicyBrowserIT}.
     */
    static final String PORTAL_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self' blob:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /**
     * The integration API and its OpenAPI document: HTTP Basic for service accounts, no session, no CSRF
     * token (no browser session involved), role INTEGRATION or ADMIN. Checked before the Vaadin chain.
     * Browser pages of other sites are refused by their headers ({@link CrossSiteRequestFilter}).
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http,
                                               @Value("${portal.public-base-url:}") String publicBaseUrl) throws Exception {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("margin-portal-api");
        return http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(Role.Names.INTEGRATION, Role.Names.ADMIN))
                .httpBasic(b -> b.authenticationEntryPoint(basic))
                .exceptionHandling(e -> e.authenticationEntryPoint(basic))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                // no CSRF token on a stateless API, so browser pages of other origins are refused by their headers
                .addFilterBefore(CrossSiteRequestFilter.api(publicBaseUrl), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http,
                                                  @Value("${portal.public-base-url:}") String publicBaseUrl) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/images/**", "/icons/**", "/favicon.ico", "/error").permitAll());
        // Vaadin's login view takes the form post without Spring's CSRF token: refuse it from other sites' pages
        http.addFilterBefore(CrossSiteRequestFilter.loginForm(publicBaseUrl, LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new FailedSignInName(LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(PORTAL_CSP))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH))
                .build();
    }

    /** Delegating encoder: BCrypt for new hashes, and hashes carry their algorithm id for later upgrades. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${portal.security.password-hash-strength:10}") int bcryptStrength) {
        return PasswordHashing.encoder(bcryptStrength);
    }
}
