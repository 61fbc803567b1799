package com.marginportal.bench;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.marginportal.home.TaskCounts;
import com.marginportal.home.WorkList;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.service.ContactPlans;
import com.marginportal.support.BrowserTest;
import com.vaadin.flow.component.internal.ComponentTracker;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Server memory per signed-in session (issue #14 item 5): {@code bench.sessions} (default 100) independent browser
 * sessions, one after another in one headless Chromium (cookies cleared between them, so each is its own HTTP
 * session), each kept alive on the server after its tab closes (the page's unload beacon is switched off, as if
 * the tab were still open). The retained heap after full GCs before and after, per session, beside two baselines
 * of the same run: sessions on the login page, and signed-in sessions on the landing page.
 * Run with {@code ./mvnw -Pbench verify -Dit.test=SessionMemoryBenchmark}; figures go to docs/benchmarks.md.
 */
class SessionMemoryBenchmark extends BrowserTest {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 100);
    /** The application's own demo size (2,000 clients, ~100 per advisor); bench.clients is the archive scale. */
    private static final int CLIENTS = Integer.getInteger("bench.sessions.clients", 2000);
    private static final int WARM_UP = 3;

    @Autowired
    private LiveVaadinSessions live;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private ContactPlans contactPlans;
    @Autowired
    private WorkList workList;
    @Autowired
    private UserDetailsService users;

    @TestConfiguration(proxyBeanMethods = false)
    static class Sessions {
        @Bean
        LiveVaadinSessions liveVaadinSessions() {
            return new LiveVaadinSessions();
        }
    }

    @DynamicPropertySource
    static void demoSize(DynamicPropertyRegistry registry) {
        registry.add("portal.demo.clients", () -> CLIENTS);
        // development mode records where each component was created and attached (stack frames per component):
        // off, as in production mode; the last state of the run measures it switched on
        registry.add("vaadin.devmode.componentTracker.enabled", () -> false);
    }

    /** What one session does in the browser before it is left alone. */
    enum Visit { LOGIN_PAGE, SIGNED_IN_LANDING, CLIENTS_THEN_INBOX }

    @Test
    void memoryPerSignedInSession() throws Exception {
        SessionMemoryReport report = new SessionMemoryReport(SESSIONS);
        List<String> advisors = openInboxWork(report);
        String home = driver.getWindowHandle();

        // class loading, caches and the JIT's first compilations are not a session's cost
        for (Visit visit : Visit.values()) {
            for (int i = 0; i < WARM_UP; i++) {
                visit(visit, advisors.get(i % advisors.size()), home);
            }
        }
        endAllSessions();

        measure(report, Visit.LOGIN_PAGE, "login page, not signed in", advisors, home, List.of(SESSIONS), false);
        measure(report, Visit.SIGNED_IN_LANDING, "signed in, on the landing page (my day)", advisors, home,
                List.of(SESSIONS), false);
        measure(report, Visit.CLIENTS_THEN_INBOX, SessionMemoryReport.MAIN, advisors, home,
                Stream.of(SESSIONS / 10, SESSIONS / 2, SESSIONS).filter(n -> n > 0).distinct().toList(), true);
        componentTracker(true);
        measure(report, Visit.CLIENTS_THEN_INBOX, "the same in development mode (Vaadin's component tracker on)",
                advisors, home, List.of(Math.max(1, SESSIONS / 10)), false);
        report.write(jdbc);
    }

    private void measure(SessionMemoryReport report, Visit visit, String label, List<String> advisors, String home,
                         List<Integer> checkpoints, boolean histogram) throws Exception {
        String loadBefore = BenchmarkReport.loadAverage();
        Path before = histogram ? HeapProbe.histogramToFile() : null;
        long base = HeapProbe.liveHeap();
        List<Long> millis = new ArrayList<>();
        int opened = 0;
        for (int checkpoint : checkpoints) {
            for (; opened < checkpoint; opened++) {
                long start = System.nanoTime();
                visit(visit, advisors.get(opened % advisors.size()), home);
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            long heap = HeapProbe.liveHeap();
            String uis = LiveVaadinSessions.describe(live.uisByView(), live.nodesByView());
            assertThat(live.sessions()).as("sessions alive at " + checkpoint).isEqualTo(checkpoint);
            report.row(label, checkpoint, uis, heap - base, millis, loadBefore + " → " + BenchmarkReport.loadAverage());
        }
        if (histogram) {
            Map<String, HeapProbe.ClassCount> start = HeapProbe.read(before);
            Map<String, HeapProbe.ClassCount> end = HeapProbe.histogram();
            Map<String, HeapProbe.ClassCount> own = new java.util.HashMap<>(end);
            own.keySet().removeIf(name -> !name.startsWith("com.marginportal.") || name.startsWith("com.marginportal.bench."));
            report.histogram(HeapProbe.growth(start, end, 15), HeapProbe.growth(start, own, 8), opened);
        }
        endAllSessions();
    }

    /**
     * Switches development mode's component tracker (Vaadin reads its setting once, into a static field). Its map is
     * weak on the components: stale entries go when it is next used, so it starts after the other states.
     */
    private static void componentTracker(boolean on) throws ReflectiveOperationException {
        Field disabled = ComponentTracker.class.getDeclaredField("disabled");
        disabled.setAccessible(true);
        disabled.set(null, !on);
    }

    private void endAllSessions() {
        live.invalidateAll();
        await().atMost(Duration.ofSeconds(30)).until(() -> live.sessions() == 0);
    }

    /** One new session in a new tab; the tab closes without telling the server, which keeps the session's UIs. */
    private void visit(Visit visit, String advisor, String home) {
        driver.switchTo().newWindow(WindowType.TAB);
        ((HasCdp) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        switch (visit) {
            case LOGIN_PAGE -> {
                driver.get(url("login"));
                waitFor(By.cssSelector("input[name='username']"));
            }
            case SIGNED_IN_LANDING -> {
                login(advisor, "demo123");
                waitForGrid("my-day-agenda", false);
            }
            case CLIENTS_THEN_INBOX -> {
                login(advisor, "demo123");
                waitFor(By.id("my-day-agenda"));
                driver.get(url("clients")); // the landing page's UI closes on unload, as it does for a real user
                waitForGrid("client-grid", true);
                keepUiOnUnload();
                driver.get(url("tasks"));
                waitForGrid("inbox-grid", true);
            }
        }
        keepUiOnUnload();
        driver.close();
        driver.switchTo().window(home);
    }

    /** Vaadin's client tells the server on beforeunload (a beacon) to close the UI; a kept tab never does. */
    private void keepUiOnUnload() {
        ((JavascriptExecutor) driver).executeScript("navigator.sendBeacon = () => true;");
    }

    /** The grid has its data (and, if asked, rows with text beyond its header row). */
    private void waitForGrid(String gridId, boolean rows) {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                const g = document.getElementById(arguments[0]);
                if (!g || g.loading || g.size === undefined) return false;
                if (!arguments[1]) return true;
                const filled = [...g.querySelectorAll('vaadin-grid-cell-content')]
                    .filter(c => c.textContent.trim().length > 0).length;
                return g.size > 0 && filled > g.querySelectorAll('vaadin-grid-column').length;""", gridId, rows));
    }

    /**
     * Work for the inbox as on a busy day: the contact plans run, and prices fall 8% so that the risk scan opens
     * breach cases whose processes wait for the advisors' contact. Returns the advisors whose inbox has rows.
     */
    private List<String> openInboxWork(SessionMemoryReport report) {
        signIn("admin");
        contactPlans.runNow();
        jdbc.sql("UPDATE security_price SET price = ROUND(price * 0.92, 3)").update();
        scanner.scan(ScanTrigger.MANUAL);
        long cases = jdbc.sql("SELECT COUNT(*) FROM risk_case WHERE status = 'OPEN'").query(Long.class).single();
        // the processes reach their first task in the background: wait until the task count stops growing
        long[] tasks = {-1};
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            long now = jdbc.sql("SELECT COUNT(*) FROM ACT_RU_TASK").query(Long.class).single();
            boolean settled = now == tasks[0] && now > 0;
            tasks[0] = now;
            return settled;
        });
        // the cases' notices and other async jobs finish before anything is measured
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM ACT_RU_JOB").query(Long.class).single() == 0);
        List<String> advisors = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            signIn("advisor" + i);
            TaskCounts counts = workList.counts();
            if (counts.mine() > 0 || counts.group() > 0) {
                advisors.add("advisor" + i);
                rows.add((int) (counts.mine() == 0 ? counts.group() : counts.mine()));
            }
        }
        SecurityContextHolder.clearContext();
        assertThat(advisors).as("advisors with work in their inbox").isNotEmpty();
        report.data(cases, tasks[0], advisors, rows);
        return advisors;
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
