package com.marginportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.marginportal.demo.DemoDataGenerator;
import com.marginportal.demo.DemoDataSummary;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanResult;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.TestDatabase;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A crash-day burst of breach process starts on MariaDB: {@code bench.clients} accounts (20,000 → about 2,200
 * breaches, 100,000 → about 11,000), every price 8% down before the one scan, so the scan opens every case at once;
 * then the time until every open case has its marginBreach process and that process its first user task, beside
 * {@link MinimalProcessBaseline} at 1 and 4 threads in the same run; Flowable rows written per start; reconciler
 * collisions (the reconciler runs on its normal schedule during the burst). Nothing twice, nothing missing:
 * checked. Run with {@code ./mvnw -Pbench verify -Dit.test=ProcessStartBenchmark -Dbench.clients=20000}.
 */
@SpringBootTest(properties = {"portal.demo.enabled=false", "portal.demo.max-trades-per-client=3",
        "portal.risk.schedule.enabled=false", "portal.classification.schedule.enabled=false",
        "portal.notification.dispatch.enabled=false"})
class ProcessStartBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 20_000);
    private static final Duration WAIT = Duration.ofMinutes(30);
    private static final String OPEN = "FROM risk_case r WHERE r.status = 'OPEN'";

    @Autowired
    private DemoDataGenerator generator;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        TestDatabase.scratchSchema().register(registry);
    }

    @Test
    void burstOfStarts() throws Exception {
        LogCount collisions = LogCount.attach();
        BenchmarkReport report = new BenchmarkReport("process-starts-" + CLIENTS);
        DemoDataSummary data = generator.generate(CLIENTS, 20261125);

        long rows = flowableRows();
        MinimalProcessBaseline.Result one = MinimalProcessBaseline.measure(repository, runtime, 1000, 1);
        long minimalRows = flowableRows() - rows;
        MinimalProcessBaseline.Result four = MinimalProcessBaseline.measure(repository, runtime, 2000, 4);
        report.once("baseline: " + one, one.totalMs() * 1_000_000L, rate(one.startsPerSecond()));
        report.once("baseline: " + four, four.totalMs() * 1_000_000L, rate(four.startsPerSecond()));

        jdbc.sql("UPDATE security_price SET price = ROUND(price * 0.92, 3)").update();
        rows = flowableRows();
        java.util.Map<String, Long> tablesBefore = flowableRowsByTable();
        collisions.reset();
        long start = System.nanoTime();
        ScanResult scan = scanner.scan(ScanTrigger.MANUAL);
        long scanned = System.nanoTime();
        report.once("scan opening " + scan.opened() + " cases (events published on commit)", scanned - start);
        long open = count("SELECT COUNT(*) " + OPEN);
        long processesAt = waitUntil(open, "SELECT COUNT(*) " + OPEN + " AND EXISTS (SELECT 1 FROM case_process cp"
                + " WHERE cp.case_id = r.id AND cp.process_instance_id IS NOT NULL)");
        double processRate = open / ((processesAt - scanned) / 1e9);
        report.once("after the scan: every open case has its process (" + rate(processRate) + ")",
                processesAt - scanned, rate(processRate));
        long tasksAt = waitUntil(open, "SELECT COUNT(*) " + OPEN + " AND EXISTS (SELECT 1 FROM case_process cp"
                + " JOIN ACT_RU_TASK t ON t.PROC_INST_ID_ = cp.process_instance_id WHERE cp.case_id = r.id)");
        double taskRate = open / ((tasksAt - scanned) / 1e9);
        report.once("after the scan: every process has its first user task (" + rate(taskRate) + ")",
                tasksAt - scanned, rate(taskRate));
        org.awaitility.Awaitility.await().atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> count("SELECT COUNT(*) FROM ACT_RU_JOB") == 0);
        double perStart = (flowableRows() - rows) / (double) open;
        java.util.Map<String, Long> tablesAfter = flowableRowsByTable();
        String byTable = tablesAfter.entrySet().stream()
                .filter(e -> e.getValue() - tablesBefore.getOrDefault(e.getKey(), 0L) != 0)
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(),
                        (e.getValue() - tablesBefore.getOrDefault(e.getKey(), 0L)) / (double) open))
                .collect(java.util.stream.Collectors.joining(", "));

        long processes = count("SELECT COUNT(*) FROM ACT_HI_PROCINST p JOIN ACT_RE_PROCDEF d ON d.ID_ = p.PROC_DEF_ID_"
                + " WHERE d.KEY_ = 'marginBreach'");
        long twice = count("SELECT COUNT(*) FROM (SELECT p.BUSINESS_KEY_ FROM ACT_HI_PROCINST p JOIN ACT_RE_PROCDEF d"
                + " ON d.ID_ = p.PROC_DEF_ID_ WHERE d.KEY_ = 'marginBreach' GROUP BY p.BUSINESS_KEY_ HAVING COUNT(*) > 1) x");
        assertThat(twice).as("cases with more than one process").isZero();
        assertThat(processes).as("one process per open case").isEqualTo(open);

        String version = BenchmarkReport.database(jdbc);
        String load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        report.write("Process starts in a burst, " + open + " cases (issue #14)", BenchmarkReport.machine(version)
                        + " Load average before the run's end: " + load + ".\n\nData: " + data.accounts()
                        + " credit accounts, " + data.positions() + " positions; every price 8% down, then one scan: "
                        + open + " open cases, " + processes + " breach processes (none twice).",
                String.format(Locale.ROOT, "**Process starts: %.1f/s to the process, %.1f/s to the first task = "
                                + "%.2f× / %.2f× the minimal process on 1 thread (%.1f/s), %.2f× / %.2f× on 4 threads "
                                + "(%.1f/s).** Flowable rows written per start (ACT_* rows after − before, running "
                                + "and history): %.1f (%s); minimal process: %.1f. Reconciler collisions (a start refused "
                                + "because the case already had its process): %d; \"Duplicate entry\" log lines: %d; "
                                + "processes the reconciler started: %d. The notice dispatcher is off (notices are "
                                + "written, not sent); the notice step runs in the start's transaction, so the first "
                                + "task comes with the start (before: an async job on the job executor).",
                        processRate, taskRate, processRate / one.startsPerSecond(), taskRate / one.startsPerSecond(),
                        one.startsPerSecond(), processRate / four.startsPerSecond(), taskRate / four.startsPerSecond(),
                        four.startsPerSecond(), perStart, byTable, minimalRows / 1000.0, collisions.refused.get(),
                        collisions.duplicates.get(), collisions.reconciled.get()));
        collisions.detach();
    }

    private long waitUntil(long expected, String countSql) {
        org.awaitility.Awaitility.await(countSql).atMost(WAIT).pollInterval(Duration.ofMillis(250))
                .until(() -> count(countSql) >= expected);
        return System.nanoTime();
    }

    /** Every row of Flowable's tables (ACT_*), running and history. */
    private long flowableRows() {
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name LIKE 'ACT\\_%'").query(String.class).list();
        return tables.stream().mapToLong(t -> count("SELECT COUNT(*) FROM " + t)).sum();
    }

    private java.util.Map<String, Long> flowableRowsByTable() {
        java.util.Map<String, Long> rows = new java.util.TreeMap<>();
        jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name LIKE 'ACT\\_%'").query(String.class).list()
                .forEach(t -> rows.put(t, count("SELECT COUNT(*) FROM " + t)));
        return rows;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.1f/s", perSecond);
    }

    /** Counts the log lines of refused (colliding) starts, whichever path or logger reports them. */
    private static final class LogCount extends AppenderBase<ILoggingEvent> {
        final AtomicLong refused = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong reconciled = new AtomicLong();

        static LogCount attach() {
            LogCount count = new LogCount();
            count.start();
            root().addAppender(count);
            return count;
        }

        void reset() {
            refused.set(0);
            duplicates.set(0);
            reconciled.set(0);
        }

        void detach() {
            root().detachAppender(this);
        }

        @Override
        protected void append(ILoggingEvent event) {
            String message = event.getFormattedMessage();
            if (message.contains("already has a breach process") || message.contains("already has its process")) {
                refused.incrementAndGet();
            }
            if (message.contains("Duplicate entry") || (event.getThrowableProxy() != null
                    && String.valueOf(event.getThrowableProxy().getMessage()).contains("Duplicate entry"))) {
                duplicates.incrementAndGet();
            }
            if (message.startsWith("Started ") && message.contains(" missing breach processes")) {
                reconciled.addAndGet(Long.parseLong(message.split(" ")[1]));
            }
        }

        private static Logger root() {
            return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        }
    }
}
