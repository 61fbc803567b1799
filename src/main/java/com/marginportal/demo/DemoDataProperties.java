package com.marginportal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo data generator.
 *
 * @param enabled            generate on startup when the database holds no branch yet
 * @param clients            number of clients (each with one credit account)
 * @param seed               random seed: the same seed gives the same data
 * @param password           password of every demo user (documented, not a secret)
 * @param maxTradesPerClient upper bound of trades per client (the lower bound is 5)
 */
@ConfigurationProperties("portal.demo")
public record DemoDataProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2000") int clients,
        @DefaultValue("20261125") long seed,
        @DefaultValue("demo123") String password,
        @DefaultValue("40") int maxTradesPerClient) {

    public DemoDataProperties {
        if (clients < 0) {
            throw new IllegalArgumentException("portal.demo.clients must be >= 0, was " + clients);
        }
        if (maxTradesPerClient < 1) {
            throw new IllegalArgumentException("portal.demo.max-trades-per-client must be >= 1, was "
                    + maxTradesPerClient);
        }
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("portal.demo.password must not be blank");
        }
    }
}
