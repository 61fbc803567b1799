package com.marginportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.marginportal.TimeConfiguration;
import com.marginportal.client.AccountValuationService;
import com.marginportal.client.ValuationRun;
import com.marginportal.demo.DemoDataGenerator;
import com.marginportal.demo.DemoDataSummary;
import com.marginportal.importing.ImportInput;
import com.marginportal.importing.ImportKind;
import com.marginportal.importing.ImportRequest;
import com.marginportal.importing.ImportResult;
import com.marginportal.importing.ImportService;
import com.marginportal.importing.ImportSource;
import com.marginportal.support.TestDatabase;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
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

/**
 * Crash day (issue 14): one price import through the import service makes about {@code bench.breaches} accounts
 * breach at once (2,000 by default; 10,000 for the target), with GreenMail as the SMTP server in this JVM and the
 * application's own dispatcher and process starts. Reports, counted from the import's response, when every case
 * has its process, its task and its delivered notice; processes/s and notices/s; beside them, measured in the same
 * run before the burst, the minimal-process baseline (1 and 4 threads) and JavaMail alone to the same GreenMail.
 * Checks nothing was lost and nothing went twice: one process per case, each case's first notice received exactly
 * once, every case's notices received in order. Run with {@code ./mvnw -Pbench verify -Dit.test=CrashDayBenchmark
 * -Dbench.breaches=10000}; figures go to docs/benchmarks.md.
 */
@SpringBootTest(properties = {"portal.demo.enabled=false", "portal.demo.max-trades-per-client=3",
        "portal.risk.schedule.enabled=false", "portal.classification.schedule.enabled=false",
        "portal.mail.embedded=false"})
class CrashDayBenchmark {

    private static final int BREACHES = Integer.getInteger("bench.breaches", 2_000);
    private static final int CLIENTS = Integer.getInteger("bench.crash.clients", Math.max(20_000, BREACHES * 10));
    private static final Duration WAIT = Duration.ofMinutes(Integer.getInteger("bench.crash.wait-minutes", 10));
    static final GreenMail SMTP = CrashDayMail.start();

    @Autowired
    private DemoDataGenerator generator;
    @Autowired
    private AccountValuationService valuation;
    @Autowired
    private ImportService imports;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private com.marginportal.workflow.BulkExtensions extensions;

    @DynamicPropertySource
    static void mariaDbAndSmtp(DynamicPropertyRegistry registry) {
        TestDatabase.scratchSchema().register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void crashDay() throws Exception {
        BenchmarkReport report = new BenchmarkReport("crash-day-" + BREACHES);
        DemoDataSummary data = generator.generate(CLIENTS, 20261205);
        ValuationRun before = valuation.valueAll();
        double factor = CrashDayProbe.factorFor(jdbc, before.id(), BREACHES);

        // baselines, same run, before the burst
        FlowableRows beforeMinimal = FlowableRows.count(jdbc);
        MinimalProcessBaseline.Result one = MinimalProcessBaseline.measure(repository, runtime, 1_000, 1);
        double minimalRows = FlowableRows.count(jdbc).since(beforeMinimal, one.instances() + MinimalProcessBaseline.WARMUP);
        MinimalProcessBaseline.Result four = MinimalProcessBaseline.measure(repository, runtime, 1_000, 4);
        MinimalProcessBaseline.cleanUp(runtime, history);
        report.once("baseline: " + one, one.totalMs() * 1_000_000L, fmt("%.0f starts/s", one.startsPerSecond()));
        report.once("baseline: " + four, four.totalMs() * 1_000_000L, fmt("%.0f starts/s", four.startsPerSecond()));
        CrashDayMail.Rate reuse = CrashDayMail.javaMailAlone(SMTP, 2_000, true);
        CrashDayMail.Rate asBefore = CrashDayMail.javaMailAlone(SMTP, 100, false);
        report.once("baseline: JavaMail alone, " + reuse, reuse.nanos(), fmt("%.0f messages/s", reuse.perSecond()));
        report.once("baseline: JavaMail alone, " + asBefore, asBefore.nanos(), fmt("%.0f messages/s", asBefore.perSecond()));
        SMTP.purgeEmailFromAllMailboxes();

        String loadBefore = CrashDayProbe.loadAverage();
        FlowableRows beforeBurst = FlowableRows.count(jdbc);
        byte[] prices = pricesTimes(factor);
        signIn("admin");
        long start = System.nanoTime();
        ImportResult imported = imports.importFile(new ImportRequest(ImportKind.PRICES, ImportSource.API,
                "crash-day-prices.csv", "UTF-8"), (ImportInput) () -> new ByteArrayInputStream(prices));
        long answered = System.nanoTime();
        SecurityContextHolder.clearContext();
        assertThat(imported.succeeded()).as(imported.message()).isTrue();
        report.once("price import of " + imported.rows() + " securities (×" + fmt("%.4f", factor)
                + "), until the answer (valuation, reclassification, scan, cases opened)", answered - start);

        CrashDayProbe probe = new CrashDayProbe(jdbc, SMTP);
        CrashDayProbe.Progress done = probe.awaitAll(answered, WAIT, Path.of("target", "crash-day-" + BREACHES + "-threads.txt"));
        String loadAfter = CrashDayProbe.loadAverage();
        long cases = done.cases();
        FlowableRows afterBurst = FlowableRows.count(jdbc);
        String rows = fmt("Flowable rows written per case by the burst (ACT_* rows after − before, running and history): "
                + "%.1f (%s); minimal process: %.1f per start.", afterBurst.since(beforeBurst, cases),
                afterBurst.sinceByTable(beforeBurst, cases), minimalRows);
        report.until("every case with its process (" + done.processes() + " of " + cases + "), from the answer",
                answered, done.processesAt());
        report.until("every case with its first task (" + done.tasks() + " of " + cases + "), from the answer",
                answered, done.tasksAt());
        report.until("every case's first notice SENT and received by GreenMail (" + done.received() + " of " + cases
                + "), from the answer", answered, done.receivedAt());
        double processRate = probe.processesPerSecond();
        double noticeRate = probe.noticesPerSecond();
        report.figure("process starts, first to last", fmt("%.1f processes/s = %.2f× the 1-thread, %.2f× the "
                + "4-thread baseline", processRate, processRate / one.startsPerSecond(), processRate / four.startsPerSecond()));
        report.figure("notices handed over, first to last", fmt("%.1f notices/s = %.2f× JavaMail alone on one session",
                noticeRate, noticeRate / reuse.perSecond()));

        // nothing lost, nothing twice: checked, not assumed (and written down before any assertion can stop the run)
        CrashDayProbe.Check check = probe.check();
        long deadJobs = jdbc.sql("SELECT COUNT(*) FROM ACT_RU_DEADLETTER_JOB").query(Long.class).single();
        String misses = done.complete() ? "" : " **Not complete after " + WAIT.toMinutes() + " min or "
                + CrashDayProbe.STALL.toSeconds() + " s without progress: " + done + "; " + deadJobs
                + " Flowable dead-letter job(s).**";
        String latency = probe.noticeLatency();
        report.figure("notices during the burst, written → accepted by the SMTP server", latency);
        double capacity = probe.drainRate(Duration.ofMinutes(5));
        report.figure("dispatcher alone afterwards: " + fmt("%,d", probe.drained()) + " notices due at once, first to last "
                + "hand-over", fmt("%.1f notices/s = %.2f× JavaMail alone on one session", capacity, capacity / reuse.perSecond()));
        // the regulator's relief on such a day: every running deadline one trading day later, from the board
        signIn("admin");
        long bulkStart = System.nanoTime();
        com.marginportal.workflow.BulkExtension relief = extensions.extendAll(
                com.marginportal.workflow.BoardFilter.DEFAULT.openOnly(), 1, "监管要求顺延");
        long bulkNanos = System.nanoTime() - bulkStart;
        SecurityContextHolder.clearContext();
        report.once("bulk extension (批量展期) by one trading day of every running deadline: " + relief.extended()
                + " extended, " + (relief.notExtended() == 0 ? "none refused" : relief.refused() + " refused"), bulkNanos, relief.extended() == 0 ? "—" : fmt(
                "%.1f ms a case; a process start in the burst took %.1f ms", bulkNanos / 1e6 / relief.extended(),
                1_000 / processRate));
        String version = BenchmarkReport.database(jdbc);
        report.write("Crash day: " + fmt("%,d", cases) + " breaches in one price import (issue 14)",
                BenchmarkReport.machine(version) + " Load average before the import " + loadBefore + ", after the burst "
                        + loadAfter + ".\n\nData: " + data.accounts() + " credit accounts, " + data.positions()
                        + " positions, " + data.securities() + " securities; the import set every price to ×"
                        + fmt("%.4f", factor) + " of the demo price, chosen so that about " + BREACHES + " accounts breach: "
                        + cases + " cases opened. SMTP: GreenMail in the same JVM. Dispatcher: "
                        + "portal.notification.senders / batch-size at their defaults. Checked after the burst: "
                        + check + ". " + rows,
                "**From the import's answer to the last of " + cases + " cases with its process, task and received "
                        + "notice: " + (done.complete() ? fmt("%.1f s", (done.lastAt() - answered) / 1e9) : "not reached")
                        + "** (target for 10,000: 60 s). "
                        + fmt("Process starts %.1f/s (%.2f× the 1-thread minimal baseline; target ≥ 0.8×); notices %.1f/s "
                        + "during the burst, as fast as the processes wrote them (%s); the dispatcher alone %.1f/s "
                        + "(target ≥ 150/s).", processRate, processRate / one.startsPerSecond(), noticeRate, latency, capacity)
                        + misses + " Thread dump during the burst: " + done.threadDumpNote());
        assertThat(done.complete()).as("every case processed, tasked and told within %s: %s", WAIT, done).isTrue();
        assertThat(check.casesWithoutOneProcess()).as("cases without exactly one process").isZero();
        assertThat(check.firstNoticesNotReceivedOnce()).as("first notices not received exactly once").isZero();
        assertThat(check.noticesReceivedTwice()).as("notices received more than once").isZero();
        assertThat(check.casesOutOfOrder()).as("cases whose notices arrived out of order").isZero();
    }


    private byte[] pricesTimes(double factor) {
        String today = LocalDate.now(TimeConfiguration.MARKET_ZONE).toString();
        StringBuilder csv = new StringBuilder("code,price,price_date\n");
        jdbc.sql("SELECT code, price FROM security_price ORDER BY code").query((rs, i) -> csv.append(rs.getString(1))
                .append(',').append(rs.getBigDecimal(2).multiply(java.math.BigDecimal.valueOf(factor))
                        .setScale(3, java.math.RoundingMode.HALF_UP).max(new java.math.BigDecimal("0.001")).toPlainString())
                .append(',').append(today).append('\n')).list();
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static void writeQuietly(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            System.out.println("[bench] could not write " + file + ": " + e.getMessage());
        }
    }
}
