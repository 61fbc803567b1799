package com.marginportal.bench;

import java.io.OutputStream;
import java.util.List;

import com.marginportal.classification.ClassificationService;
import com.marginportal.classification.SegmentService;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.client.AccountValuationService;
import com.marginportal.client.ClientBulkActions;
import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientExport;
import com.marginportal.client.ClientFilter;
import com.marginportal.client.ClientSort;
import com.marginportal.client.ExportLabels;
import com.marginportal.support.CodeExportLabels;
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
 * Segment filters, matrix, export and reassignment at archive scale ({@code bench.clients}, default 100,000)
 * on MariaDB, through the services the views call, with 1% of the clients overridden (a third of those expired).
 * Run with {@code ./mvnw -Pbench verify -Dit.test=SegmentBenchmark}; figures go to docs/benchmarks.md.
 */
@SpringBootTest(properties = {"portal.demo.enabled=false", "portal.demo.max-trades-per-client=12",
        "portal.classification.schedule.enabled=false", "portal.risk.schedule.enabled=false"})
class SegmentBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 100_000);

    @Autowired
    private DemoDataGenerator generator;
    @Autowired
    private AccountValuationService valuation;
    @Autowired
    private ClassificationService classifications;
    @Autowired
    private SegmentService segments;
    @Autowired
    private ClientDirectory directory;
    @Autowired
    private ClientExport export;
    @Autowired
    private ClientBulkActions bulk;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        TestDatabase.scratchSchema().register(registry);
    }

    @Test
    void segmentsAtScale() throws Exception {
        BenchmarkReport report = new BenchmarkReport("segments");
        DemoDataSummary data = generator.generate(CLIENTS, 20261125);
        valuation.valueAll();
        long start = System.nanoTime();
        classifications.recalculateAll();
        report.once("classification pass incl. suitability (all clients, 4 dimensions)", System.nanoTime() - start);
        jdbc.sql("""
                INSERT INTO classification_override (client_id, dimension, override_value, reason, overridden_by,
                       overridden_at, valid_until)
                SELECT id, 'RISK_LEVEL', CASE WHEN MOD(id, 3) = 0 THEN 'HIGH' ELSE 'LOW' END, 'bench', 'manager1',
                       CURRENT_TIMESTAMP, CASE WHEN MOD(id, 300) < 100 THEN DATE '2020-01-01' ELSE NULL END
                  FROM client WHERE MOD(id, 100) = 7""").update();
        long overrides = jdbc.sql("SELECT COUNT(*) FROM classification_override").query(Long.class).single();

        ClientFilter high = ClientFilter.NONE.withSegment("RISK_LEVEL", "HIGH");
        ClientFilter highRich = high.withSegment("ASSET_SCALE", "HIGH_NET_WORTH");
        ClientFilter issues = ClientFilter.NONE.withSuitabilityIssuesOnly(true);
        List<ClientSort.Order> byRatio = List.of(new ClientSort.Order(ClientSort.MAINTENANCE_RATIO, true));
        signIn("admin");
        report.time("admin: count risk = HIGH (effective)", 3, 20, () -> directory.count(high));
        report.time("admin: risk HIGH × high net worth: count + first page by ratio", 3, 20, () -> {
            directory.count(highRich);
            return directory.search(highRich, byRatio, 0, 50);
        });
        report.time("admin: suitability issues only: count + first page", 3, 20, () -> {
            directory.count(issues);
            return directory.search(issues, byRatio, 0, 50);
        });
        report.time("admin: risk = UNCLASSIFIED: count", 3, 20,
                () -> directory.count(ClientFilter.NONE.withSegment("RISK_LEVEL", "UNCLASSIFIED")));
        report.time("admin: segment matrix risk × asset scale", 2, 10,
                () -> segments.matrix(Dimension.RISK_LEVEL, Dimension.ASSET_SCALE));
        report.time("admin: counts over all four dimensions (the segment view's one query)", 2, 10, () -> segments.counts());
        long rows = report.time("admin: CSV export of every client (streamed, discarded)", 1, 3,
                () -> export.writeCsv(ClientFilter.NONE, LABELS, OutputStream.nullOutputStream()));
        assertThat(rows).isEqualTo(CLIENTS);

        signIn("manager1");
        report.time("manager (one branch): risk HIGH: count + first page by ratio", 3, 20, () -> {
            directory.count(high);
            return directory.search(high, byRatio, 0, 50);
        });
        report.time("manager: segment matrix risk × asset scale", 2, 10,
                () -> segments.matrix(Dimension.RISK_LEVEL, Dimension.ASSET_SCALE));
        report.time("manager: counts over all four dimensions", 2, 10, () -> segments.counts());
        signIn("advisor1");
        report.time("advisor: segment view counts of the own book", 2, 10, () -> segments.counts());
        signIn("manager1");
        long advisor2 = jdbc.sql("SELECT id FROM app_user WHERE username = 'advisor2'").query(Long.class).single();
        long advisor1 = jdbc.sql("SELECT id FROM app_user WHERE username = 'advisor1'").query(Long.class).single();
        ClientFilter book = ClientFilter.NONE.withAdvisor(advisor1);
        start = System.nanoTime();
        long moved = bulk.reassignAdvisor(book, advisor2);
        report.once("manager: reassign one advisor's whole book (" + moved + " clients), one transaction",
                System.nanoTime() - start);
        SecurityContextHolder.clearContext();

        String version = BenchmarkReport.database(jdbc);
        report.write("Segments: filters, matrix, export, reassignment (issue: Client classification)",
                BenchmarkReport.machine(version) + "\n\nData: " + data.clients() + " clients, " + overrides
                        + " risk-level overrides (a third expired). Through `ClientDirectory`, `SegmentService`, "
                        + "`ClientExport` and `ClientBulkActions`, as the views call them.",
                "Segment filters are uncorrelated IN / NOT IN subqueries that MariaDB materializes once per "
                        + "statement (the computed side from the index on (dimension, computed_value)), so a filter "
                        + "costs about as much as one more indexed lookup per client. The matrix and distributions "
                        + "group every client in scope by LEFT JOINs (four primary-key lookups per client): the "
                        + "admin's matrix over the whole archive is the dearest query; a manager's or advisor's scope "
                        + "is a fraction of it.");
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static final ExportLabels LABELS = CodeExportLabels.CODES;
}
