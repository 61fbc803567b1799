package com.marginportal.service;

import java.util.function.Supplier;

import com.marginportal.risk.RiskFixture;
import com.marginportal.support.IntegrationTest;
import com.marginportal.support.SignedIn;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of the client service ITs: the shared application context on MariaDB, a client of advisor1 (branch 1) of its
 * own per test ({@link #newClient()}), and actions run as a demo user.
 */
abstract class ServiceTestSupport extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    private UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * A client of advisor1 whose account stays far from every line (ratio 428.57% at price 30): recalculations in
     * other tests may classify it high-risk, and it must not breach in their scans and fill advisor1's inbox.
     */
    RiskFixture newClient() {
        RiskFixture client = new RiskFixture(jdbc);
        client.price("30");
        return client;
    }

    long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(users, username, action);
    }

    void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
