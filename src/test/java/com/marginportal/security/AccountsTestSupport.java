package com.marginportal.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.marginportal.support.IntegrationTest;
import com.marginportal.support.SignedIn;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Accounts of their own for each test (never the demo users other tests rely on), created by the admin through
 * the real service, and sign-ins over real HTTP: the login form and HTTP Basic.
 */
abstract class AccountsTestSupport extends IntegrationTest {

    static final String PASSWORD = "Margin-2026x";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    AccountAdministration accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    private UserDetailsService users;

    @AfterEach
    void signOutAndForgetFailedAddresses() {
        SecurityContextHolder.clearContext();
        // this run's failures from 127.0.0.1 must not throttle the other tests of the shared context
        jdbc.sql("DELETE FROM sign_in_failure").update();
    }

    static String uniqueLogin(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
    }

    <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(users, username, action);
    }

    /** A new account; people get a temporary password, so {@code settled} clears that as a changed password would. */
    UserSummary newAccount(String prefix, Role role, Long branchId, boolean settled) {
        return settled(jdbc, as("admin", () -> accounts.create(new NewAccount(uniqueLogin(prefix), "测试用户", role,
                branchId, null, null, PASSWORD))), settled);
    }

    /** With {@code settled}, the temporary password cleared as a changed password would. */
    static UserSummary settled(JdbcClient jdbc, UserSummary created, boolean settled) {
        if (settled) {
            jdbc.sql("UPDATE app_user SET password_change_required = FALSE WHERE id = ?").param(created.id()).update();
        }
        return created;
    }

    List<AuditRecord> auditOf(String action, String username) {
        return auditOf(audit, action, username);
    }

    static List<AuditRecord> auditOf(AuditLog audit, String action, String username) {
        return audit.latest(action, 500).stream().filter(r -> username.equals(r.entityId())).toList();
    }

    /** POST /login as the Vaadin login form does; returns where Spring Security redirects. */
    String formLogin(String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        http.send(HttpRequest.newBuilder(URI.create(url("/login"))).GET().build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.headers().firstValue("Location").orElse("");
    }

    /** An API call with HTTP Basic; 404 = authenticated (no such endpoint), 401 = not. */
    int basic(String username, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/no-such-endpoint")))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
