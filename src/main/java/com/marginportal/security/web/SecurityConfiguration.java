package com.marginportal.security.web;

import com.marginportal.security.Role;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

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
     * The integration API and its OpenAPI document: HTTP Basic for service accounts, no session, no CSRF
     * token (no browser session involved), role INTEGRATION or ADMIN. Checked before the Vaadin chain.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("margin-portal-api");
        return http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(Role.Names.INTEGRATION, Role.Names.ADMIN))
                .httpBasic(b -> b.authenticationEntryPoint(basic))
                .exceptionHandling(e -> e.authenticationEntryPoint(basic))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/images/**", "/icons/**", "/favicon.ico", "/error").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH))
                .build();
    }

    /** Delegating encoder: BCrypt for new hashes, and hashes carry their algorithm id for later upgrades. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
