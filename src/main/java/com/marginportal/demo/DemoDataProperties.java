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
 * @param history            also write the past ({@link DemoHistory}: ended breach cases, notices, service
 *                           requests) when the demo data is generated on startup
 * @param historyMonths      how far back the past reaches
 */
@ConfigurationProperties("portal.demo")
public record DemoDataProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2000") int clients,
        @DefaultValue("20261125") long seed,
        @DefaultValue("demo123") String password,
        @DefaultValue("40") int maxTradesPerClient,
        @DefaultValue("true") boolean history,
        @DefaultValue("6") int historyMonths) {

    public DemoDataProperties {
        if (clients < 0) {
            throw new IllegalArgumentException("portal.demo.clients must be >= 0, was " + clients);
        }
        if (maxTradesPerClient < 1) {
            throw new IllegalArgumentException("portal.demo.max-trades-per-client must be >= 1, was "
                    + maxTradesPerClient);
        }
        if (historyMonths < 1 || historyMonths > 24) {
            throw new IllegalArgumentException("portal.demo.history-months must be 1 to 24, was " + historyMonths);
        }
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("portal.demo.password must not be blank");
        }
    }
}
