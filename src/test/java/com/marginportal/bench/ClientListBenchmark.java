package com.marginportal.bench;

import java.util.List;

import com.marginportal.client.AccountValuationService;
import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientFilter;
import com.marginportal.client.ClientSort;
import com.marginportal.demo.DemoDataGenerator;
import com.marginportal.demo.DemoDataSummary;
import com.marginportal.support.TestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client list and 360 view at archive scale: {@code bench.clients} (default 100,000) clients with their
 * positions, trades and contacts on MariaDB, queried through the same service the views use.
 * Run with {@code ./mvnw -Pbench verify}; figures go to docs/benchmarks.md.
 */
@SpringBootTest(properties = {
        "portal.demo.enabled=false", "portal.demo.max-trades-per-client=12"})
class ClientListBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 100_000);

    @Autowired
    private DemoDataGenerator generator;
    @Autowired
    private AccountValuationService valuation;
    @Autowired
    private ClientDirectory directory;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        TestDatabase.scratchSchema().register(registry);
    }

    @Test
    void clientListAtScale() throws Exception {
        BenchmarkReport report = new BenchmarkReport("client-list");
        long start = System.nanoTime();
        DemoDataSummary data = generator.generate(CLIENTS, 20261125);
        report.once("generate demo data (all tables)", System.nanoTime() - start);
        start = System.nanoTime();
        int valued = valuation.valueAll().accounts();
        report.once("value all accounts (positions × latest prices → stored ratio)", System.nanoTime() - start);
        assertThat(valued).isEqualTo(CLIENTS);

        List<ClientSort.Order> byRatio = List.of(new ClientSort.Order(ClientSort.MAINTENANCE_RATIO, true));
        List<ClientSort.Order> byAssets = List.of(new ClientSort.Order(ClientSort.TOTAL_ASSETS, false));
        signIn("admin");
        report.time("admin: count all clients", 3, 20, () -> directory.count(ClientFilter.NONE));
        report.time("admin: first page (50) by ratio ascending", 3, 20,
                () -> directory.search(ClientFilter.NONE, byRatio, 0, 50));
        report.time("admin: page at offset 50,000 by total assets", 3, 20,
                () -> directory.search(ClientFilter.NONE, byAssets, CLIENTS / 2, 50));
        report.time("admin: name contains '王' + count", 3, 20, () -> {
            directory.count(ClientFilter.NONE.withText("王"));
            return directory.search(ClientFilter.NONE.withText("王"), byRatio, 0, 50);
        });
        report.time("admin: phone tail '0420' + count", 3, 20, () -> {
            directory.count(ClientFilter.NONE.withPhoneTail("0420"));
            return directory.search(ClientFilter.NONE.withPhoneTail("0420"), byRatio, 0, 50);
        });
        report.time("admin: client number exact", 3, 20,
                () -> directory.search(ClientFilter.NONE.withText(String.valueOf(10_000_000 + CLIENTS / 3)), List.of(), 0, 50));
        signIn("manager1");
        report.time("manager (one branch): count + first page by ratio", 3, 20, () -> {
            directory.count(ClientFilter.NONE);
            return directory.search(ClientFilter.NONE, byRatio, 0, 50);
        });
        signIn("advisor1");
        report.time("advisor (own book): count + first page by ratio", 3, 20, () -> {
            directory.count(ClientFilter.NONE);
            return directory.search(ClientFilter.NONE, byRatio, 0, 50);
        });
        long ownClient = jdbc.sql("SELECT c.id FROM client c JOIN app_user u ON u.id = c.advisor_id "
                + "WHERE u.username = 'advisor1' ORDER BY c.id").query(Long.class).list().get(0);
        report.time("advisor: open the client 360 view (live ratio, positions, trades, contacts)", 3, 20,
                () -> directory.profile(ownClient).orElseThrow());
        SecurityContextHolder.clearContext();

        String version = BenchmarkReport.database(jdbc);
        report.write("Client list and 360 view (issue: Foundation)",
                BenchmarkReport.machine(version) + "\n\nData: " + data.clients() + " clients, " + data.accounts()
                        + " credit accounts, " + data.positions() + " positions, " + data.trades() + " trades, "
                        + data.contacts() + " contacts, " + data.securities() + " securities. Queries go through "
                        + "`ClientDirectory` (scope + filter + sort + paging in one SQL statement), as the grid calls it.",
                "Target: paging that stays fast at 100,000 clients. The grid asks for the count once per filter "
                        + "change and for pages of 50 around the viewport; deep offsets (scrolling half-way through "
                        + "100,000 rows) cost the most, filters and the first pages stay in tens of milliseconds. "
                        + "Stored valuation of all accounts is the archive's recomputation, not the risk scan.");
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
