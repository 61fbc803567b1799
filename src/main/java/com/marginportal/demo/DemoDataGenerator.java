package com.marginportal.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.marginportal.demo.Organisation.Advisor;
import com.marginportal.demo.Rows.UserRow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Deterministic demo data: the same seed and date give the same data. Writes branches, users, securities
 * with prices, then clients with their credit accounts, positions, trades and contacts in chunks of
 * {@value #CHUNK_CLIENTS} clients, so memory stays flat for any size.
 *
 * <p>Ids: client n (1-based) is {@code 10000000 + n} (10000001, 10000002, …); its credit account is
 * {@code 880000000000 + n} (880000000001, …). Users, trades and contacts get database-generated ids.
 * Demo users: {@code admin}, {@code manager1..5}, {@code advisor1..20}, all with the password
 * {@code portal.demo.password} (default {@code demo123}).
 *
 * <p>A larger data set, on an empty database:
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments="--portal.demo.clients=100000"}
 */
@Component
public class DemoDataGenerator {

    static final int CHUNK_CLIENTS = 1000;

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

    private final DemoDataWriter writer;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final DemoDataProperties properties;

    DemoDataGenerator(DemoDataWriter writer, PasswordEncoder passwordEncoder, Clock clock,
                      DemoDataProperties properties) {
        this.writer = writer;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.properties = properties;
    }

    /** Writes the whole data set into empty tables; one transaction per chunk. */
    public DemoDataSummary generate(int clients, long seed) {
        if (clients < 0) {
            throw new IllegalArgumentException("clients must be >= 0, was " + clients);
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(MarketTime.ZONE).toLocalDate();
        // BCrypt is slow on purpose: hash once, share the hash
        String passwordHash = passwordEncoder.encode(properties.password());
        SecurityCatalog catalog = SecurityCatalog.build(seed);
        List<UserRow> users = Organisation.users(DemoRandom.forPart(seed, "users"));
        writer.writeReferenceData(Organisation.branches(), users, passwordHash, now, catalog.all(),
                MarketTime.previousWeekday(today));
        List<Advisor> advisors = writer.advisors();

        ChunkBuilder builder = new ChunkBuilder(seed, today, catalog, advisors, properties.maxTradesPerClient());
        DemoDataSummary summary = new DemoDataSummary(Organisation.branches().size(), users.size(),
                catalog.all().size(), 0, 0, 0, 0, 0);
        for (long first = 1; first <= clients; first += CHUNK_CLIENTS) {
            ChunkRows rows = builder.build(first, Math.min(clients, first + CHUNK_CLIENTS - 1));
            writer.writeChunk(rows);
            summary = summary.plus(rows.clients().size(), rows.accounts().size(), rows.positions().size(),
                    rows.trades().size(), rows.contacts().size());
            if (summary.clients() % 10_000 == 0) {
                log.info("Demo data: {} of {} clients written", summary.clients(), clients);
            }
        }
        return summary;
    }
}
