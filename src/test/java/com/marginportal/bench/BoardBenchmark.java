package com.marginportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Locale;

import com.marginportal.demo.DemoDataGenerator;
import com.marginportal.demo.DemoDataSummary;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.TestDatabase;
import com.marginportal.workflow.BoardFilter;
import com.marginportal.workflow.CaseBoard;
import com.marginportal.workflow.CaseDashboard;
import com.marginportal.workflow.CaseExport;
import com.marginportal.workflow.ExportFormat;
import com.marginportal.workflow.ResolutionFilter;
import com.marginportal.workflow.SlaState;

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
 * The managers' board and the dashboard at scale on MariaDB: the risk scan benchmark's way to open ~10,000 cases
 * (100,000 accounts, a scan, an 8% price drop, a second scan) with a real process each, started by the workflow's
 * background thread and run to the contact task by the async executor; then ~1,000,000 resolution records written
 * by one SQL statement (running that many processes would take hours) spread over the last year.
 * Run with {@code ./mvnw -Pbench verify -Dit.test=BoardBenchmark}; figures go to docs/benchmarks.md.
 */
@SpringBootTest(properties = {"portal.demo.enabled=false", "portal.demo.max-trades-per-client=3",
        "portal.risk.schedule.enabled=false", "portal.classification.schedule.enabled=false",
        "portal.notification.dispatch.enabled=false"})
class BoardBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 100_000);
    private static final int HISTORY = Integer.getInteger("bench.history", 1_000_000);
    private static final Duration PROCESS_WAIT = Duration.ofMinutes(40);

    @Autowired
    private DemoDataGenerator generator;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private CaseBoard board;
    @Autowired
    private CaseDashboard dashboard;
    @Autowired
    private CaseExport export;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        TestDatabase.scratchSchema().register(registry);
    }

    @Test
    void boardAndDashboardAtScale() throws Exception {
        BenchmarkReport report = new BenchmarkReport("board");
        DemoDataSummary data = generator.generate(CLIENTS, 20261125);
        long start = System.nanoTime();
        scanner.scan(ScanTrigger.MANUAL);
        jdbc.sql("UPDATE security_price SET price = ROUND(price * 0.92, 3)").update();
        scanner.scan(ScanTrigger.MANUAL);
        long open = count("SELECT COUNT(*) FROM risk_case WHERE status = 'OPEN'");
        waitForProcesses(open);
        report.once("open " + open + " cases (two scans) and run their processes to the first task", System.nanoTime() - start);

        start = System.nanoTime();
        jdbc.sql("""
                INSERT INTO case_contact (case_id, attempt_no, channel, reached, recorded_by, recorded_at)
                SELECT id, 1, 'PHONE', TRUE, 'bench', TIMESTAMPADD(MINUTE, 5 + MOD(id, 240), opened_at)
                  FROM risk_case WHERE status = 'OPEN' AND MOD(id, 3) <> 0""").update();
        int history = jdbc.sql("""
                INSERT INTO resolution_record (case_id, account_id, client_id, branch_id, advisor_id, outcome,
                       final_level, decided_by, reason, ratio_at_open, ratio_at_end, extensions, notice_ids, timeline,
                       contacts, process_instance_id, opened_at, resolved_at)
                SELECT 100000000 + s.seq, 1 + MOD(s.seq, 100000), 1 + MOD(s.seq, 100000), u.branch_id, u.id,
                       ELT(1 + MOD(s.seq, 7), 'RESTORED_BY_TOP_UP', 'RESTORED_BY_REDUCTION', 'RESTORED_BY_MARKET',
                           'RESTORED', 'FORCED_LIQUIDATION', 'EXTENSION_THEN_RESTORED', 'CLOSED_BY_MANAGER'),
                       ELT(1 + MOD(s.seq, 3), 'WARNING', 'MARGIN_CALL', 'LIQUIDATION'), NULL, NULL, 1.2500, 1.4500, 0,
                       '', '[]', '[]', CONCAT('bench-', s.seq),
                       TIMESTAMPADD(MINUTE, -(MOD(s.seq * 7, 525600) + 30 + MOD(s.seq, 4320)), UTC_TIMESTAMP(6)),
                       TIMESTAMPADD(MINUTE, -MOD(s.seq * 7, 525600), UTC_TIMESTAMP(6))
                  FROM seq_1_to_%d s JOIN app_user u ON u.username = CONCAT('advisor', 1 + MOD(s.seq, 20))"""
                .formatted(HISTORY)).update();
        report.once("write " + history + " resolution records (one INSERT … SELECT)", System.nanoTime() - start);
        jdbc.sql("ANALYZE TABLE resolution_record, risk_case, case_process, case_contact").query(rs -> { });
        long flowableHistory = count("SELECT COUNT(*) FROM ACT_HI_ACTINST") + count("SELECT COUNT(*) FROM ACT_HI_TASKINST")
                + count("SELECT COUNT(*) FROM ACT_HI_PROCINST");

        BoardFilter all = BoardFilter.DEFAULT;
        BoardFilter contacting = all.withStep("contactClient");
        BoardFilter overdue = new BoardFilter(null, null, null, null, SlaState.OVERDUE, null, null, null, 7);
        BoardFilter dueSoon = new BoardFilter(null, null, null, null, SlaState.DUE_SOON, null, null, null, 7);
        BoardFilter branch3 = new BoardFilter(3L, null, null, null, null, null, null, null, 7);
        signIn("admin");
        long onBoard = board.count(all);
        report.time("admin: board count (open + closed within 7 days)", 2, 20, () -> board.count(all));
        report.time("admin: first page (50), soonest due", 2, 20, () -> board.search(all, 0, 50));
        report.time("admin: step = contact client: count + first page", 2, 20,
                () -> board.count(contacting) + board.search(contacting, 0, 50).size());
        report.time("admin: SLA due soon: count + first page", 2, 20,
                () -> board.count(dueSoon) + board.search(dueSoon, 0, 50).size());
        report.time("admin: SLA overdue: count + first page", 2, 20,
                () -> board.count(overdue) + board.search(overdue, 0, 50).size());
        report.time("admin: branch 3: count + first page", 2, 20,
                () -> board.count(branch3) + board.search(branch3, 0, 50).size());
        report.time("admin: counts per step", 2, 20, () -> board.countsByStep(all));
        report.time("admin dashboard: open cases by level + by branch + overdue tasks", 2, 20,
                () -> dashboard.openByLevel().size() + dashboard.openByBranch().size() + dashboard.overdueTasks());
        report.time("admin dashboard: opened / resolved per day, 30 days", 2, 20, () -> dashboard.perDay(30));
        report.time("admin dashboard: outcomes, 30 days", 2, 20, () -> dashboard.outcomes(30));
        var medians = report.time("admin dashboard: medians per branch and advisor, 30 days", 1, 10,
                () -> dashboard.medianTimes(30));
        report.time("admin: board export, every row on the board (CSV, discarded)", 1, 3,
                () -> export.writeBoard(all, ExportFormat.CSV, k -> k, OutputStream.nullOutputStream()));
        signIn("manager1");
        report.time("manager (one branch): board count + first page", 2, 20,
                () -> board.count(all) + board.search(all, 0, 50).size());
        report.time("manager: counts per step", 2, 20, () -> board.countsByStep(all));
        report.time("manager dashboard: every figure (levels, overdue, per day, outcomes, medians)", 1, 10,
                () -> dashboard.openByLevel().size() + dashboard.overdueTasks() + dashboard.perDay(30).size()
                        + dashboard.outcomes(30).size() + dashboard.medianTimes(30).size());
        var lastMonth = new ResolutionFilter(java.time.LocalDate.now().minusDays(30), null, null);
        long exported = report.time("manager: resolution records of the last 30 days as XLSX (discarded)", 1, 3,
                () -> export.writeResolutions(lastMonth, ExportFormat.XLSX, k -> k, OutputStream.nullOutputStream()));
        SecurityContextHolder.clearContext();
        assertThat(onBoard).isGreaterThanOrEqualTo(open);
        assertThat(medians).isNotEmpty();

        String version = BenchmarkReport.database(jdbc);
        report.write("Board and dashboard (issue #6)", BenchmarkReport.machine(version) + "\n\nData: "
                        + data.accounts() + " credit accounts; " + open + " open risk cases, each with a running "
                        + "breach process (" + onBoard + " rows on the admin's board); " + history
                        + " resolution records over the last 365 days (" + String.format(Locale.ROOT, "%,d", flowableHistory)
                        + " Flowable history rows in ACT_HI_PROCINST/ACTINST/TASKINST besides); contacts for two "
                        + "thirds of the open cases; manager1's branch holds about a fifth. The manager's resolution "
                        + "export wrote " + exported + " rows. Through `CaseBoard`, `CaseDashboard` and `CaseExport`, "
                        + "as the views call them.",
                "The resolution records are generated by SQL (MariaDB's sequence engine): running a million breach "
                        + "processes to their end would take hours here. The board reads case_process joined to "
                        + "risk_case; the dashboard aggregates in SQL and bounds every history query by its 30-day "
                        + "window on an indexed time column (V022), computing medians in Java from that window's "
                        + "durations only (about 80,000 of the million records).");
    }

    private void waitForProcesses(long open) {
        org.awaitility.Awaitility.await("open cases' processes started").atMost(PROCESS_WAIT)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> count("SELECT COUNT(*) FROM case_process cp JOIN risk_case r ON r.id = cp.case_id"
                        + " WHERE r.status = 'OPEN' AND cp.process_instance_id IS NOT NULL") >= open
                        && count("SELECT COUNT(*) FROM ACT_RU_JOB") == 0);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
