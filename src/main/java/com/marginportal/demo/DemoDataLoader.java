package com.marginportal.demo;

import com.marginportal.client.AccountValuationService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with demo data on startup ({@code portal.demo.enabled}, default true). The
 * database counts as empty while the branch table is, so a second start adds nothing. Afterwards the
 * stored account valuations are computed, as after any import, and the past is written ({@link DemoHistory},
 * {@code portal.demo.history}, default true).
 */
@Component
@Order(100)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataProperties properties;
    private final DemoDataGenerator generator;
    private final DemoDataWriter writer;
    private final AccountValuationService valuation;
    private final DemoHistory history;

    DemoDataLoader(DemoDataProperties properties, DemoDataGenerator generator, DemoDataWriter writer,
                   AccountValuationService valuation, DemoHistory history) {
        this.history = history;
        this.properties = properties;
        this.generator = generator;
        this.writer = writer;
        this.valuation = valuation;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        if (writer.hasBranches()) {
            log.info("Demo data not generated: the database already holds branches");
            return;
        }
        log.info("Generating demo data: {} clients, seed {}", properties.clients(), properties.seed());
        long started = System.nanoTime();
        DemoDataSummary summary = generator.generate(properties.clients(), properties.seed());
        log.info("Demo data generated in {} ms: {} branches, {} users, {} securities, {} clients, {} accounts, "
                        + "{} positions, {} trades, {} contacts", (System.nanoTime() - started) / 1_000_000,
                summary.branches(), summary.users(), summary.securities(), summary.clients(), summary.accounts(),
                summary.positions(), summary.trades(), summary.contacts());
        valuation.valueAll();
        if (properties.history()) {
            long historyStarted = System.nanoTime();
            int cases = history.generate(properties.clients(), properties.seed(), properties.historyMonths());
            log.info("Demo history written in {} ms: {} past cases", (System.nanoTime() - historyStarted) / 1_000_000,
                    cases);
        }
    }
}
