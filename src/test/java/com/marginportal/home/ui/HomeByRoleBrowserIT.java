package com.marginportal.home.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.marginportal.risk.RiskFixture;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.security.AccountAdministration;
import com.marginportal.security.BranchAdministration;
import com.marginportal.security.NewAccount;
import com.marginportal.security.Role;
import com.marginportal.security.SignInGuard;
import com.marginportal.security.SignInProperties;
import com.marginportal.security.UserSummary;
import com.marginportal.support.BrowserTest;
import com.marginportal.support.SimulatedClock;
import com.marginportal.support.SignedIn;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each role signs in and finds the most urgent thing first on the first screen (the top row of the first list,
 * within the 1280×800 window, no click, no scrolling). The work is made here through the real services, in a branch
 * and with people of its own (the shared schema holds other tests' cases), and made late by moving the portal's
 * clock on three hours (the engine's timers stay where they are).
 */
class HomeByRoleBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Margin-2026x";
    private static final AtomicInteger NEXT = new AtomicInteger();
    /** Row 1 of a grid: its cells' text and where it ends on the screen. */
    private static final String FIRST_ROW = """
            const g = document.getElementById(arguments[0]);
            if (!g || !g.shadowRoot) return null;
            const rows = [...g.shadowRoot.querySelectorAll('#items tr')].filter(r => !r.hidden && r.index === 0);
            if (!rows.length) return null;
            const cells = [...rows[0].querySelectorAll('slot')].map(s => {
              const c = g.querySelector('[slot="' + s.name + '"]'); return c ? c.innerText : ''; });
            return {text: cells.join(' | '), bottom: rows[0].getBoundingClientRect().bottom, height: window.innerHeight};""";

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private TaskService tasks;
    @Autowired
    private BranchAdministration branches;
    @Autowired
    private AccountAdministration accounts;
    @Autowired
    private SignInGuard signIn;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private SignInProperties signInRules;

    @AfterEach
    void realTimeAgain() {
        SimulatedClock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdvisorFindsTheirOverdueTaskFirstOnTheirDay() throws Exception {
        long branch = newBranch();
        UserSummary advisor = person(Role.ADVISOR, branch);
        String client = breach(advisor, branch, "8.90"); // margin call: contact due in 2 hours
        SimulatedClock.shift(Duration.ofHours(3));

        signIn(advisor.username(), PASSWORD);
        driver.get(url(""));
        Map<String, Object> first = firstRow("my-day-agenda");
        assertThat((String) first.get("text")).contains(client, "已逾期", "联系客户");
        assertOnFirstScreen(first);
        screenshot("home-advisor-zh");
    }

    @Test
    void aManagerFindsTheBranchsWaitingDecisionFirstAndOpensItInOneClick() throws Exception {
        long branch = newBranch();
        UserSummary advisor = person(Role.ADVISOR, branch);
        UserSummary manager = person(Role.MANAGER, branch);
        String late = breach(advisor, branch, "8.90");
        String liquidation = breach(advisor, branch, "7.50"); // straight to the managers' decision, due in 30 minutes
        SimulatedClock.shift(Duration.ofHours(3));

        signIn(manager.username(), PASSWORD);
        driver.get(url(""));
        Map<String, Object> first = firstRow("manager-day-attention");
        assertThat((String) first.get("text")).as("the decision before the overdue contact")
                .contains(liquidation, "待决定", "经理决定").doesNotContain(late);
        assertOnFirstScreen(first);
        assertThat(tileClass("tile-decisions")).contains("tile-alarm");
        screenshot("home-manager-zh");

        driver.manage().addCookie(new Cookie("portal-lang", "en"));
        driver.navigate().refresh();
        assertThat((String) firstRow("manager-day-attention").get("text")).contains(liquidation, "Decide");
        screenshot("home-manager-en");

        long caseId = jdbc.sql("SELECT r.id FROM risk_case r JOIN client c ON c.id = r.client_id"
                + " WHERE c.name = ? AND r.status = 'OPEN'").param(liquidation).query(Long.class).single();
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", waitFor(By.id("attention-open-" + caseId)));
        waitFor(By.id("decision-kind"));
        waitFor(By.id("case-context")); // the case beside the decision
        assertThat(driver.getCurrentUrl()).contains("tasks?task=");
    }

    @Test
    void anAdminFindsTheAccountJustLockedFirst() throws Exception {
        UserSummary locked = person(Role.ADVISOR, 1L);
        for (int i = 0; i < signInRules.maxFailures(); i++) {
            signIn.recordFailure(locked.username(), "203.0.113.9");
        }
        try {
            signIn("admin", "demo123");
            driver.get(url(""));
            Map<String, Object> first = firstRow("operations-locked");
            assertThat((String) first.get("text")).contains(locked.displayName(), "客户经理");
            assertOnFirstScreen(first);
            assertThat(tileClass("tile-locked")).contains("tile-alarm");
            screenshot("home-admin-zh");
        } finally {
            jdbc.sql("DELETE FROM sign_in_failure WHERE address = '203.0.113.9'").update();
        }
    }

    private long newBranch() {
        String code = "HB" + System.nanoTime() % 1_000_000_000L;
        return as("admin", () -> branches.create(code, "测试营业部" + code.substring(2), "上海")).id();
    }

    /** A new account, signed in once already (its temporary password replaced). */
    private UserSummary person(Role role, long branch) {
        int n = NEXT.incrementAndGet();
        String login = "home-" + role.name().toLowerCase() + "-" + System.nanoTime() % 1_000_000 + "-" + n;
        UserSummary created = as("admin", () -> accounts.create(new NewAccount(login,
                "测试" + role.name().charAt(0) + System.nanoTime() % 100_000, role, branch, null, null, PASSWORD)));
        jdbc.sql("UPDATE app_user SET password_change_required = FALSE WHERE id = ?").param(created.id()).update();
        return created;
    }

    /** A client of the advisor whose account breaches at the price; returns the client's (unique) name. */
    private String breach(UserSummary advisor, long branch, String price) {
        RiskFixture account = new RiskFixture(jdbc);
        String name = "首页测试" + (char) ('甲' + NEXT.incrementAndGet() % 10) + account.clientId % 100_000;
        jdbc.sql("UPDATE client SET name = ?, branch_id = ?, advisor_id = ? WHERE id = ?")
                .params(name, branch, advisor.id(), account.clientId).update();
        account.price(price);
        scanner.scan(ScanTrigger.MANUAL);
        String caseId = Long.toString(jdbc.sql("SELECT id FROM risk_case WHERE account_id = ? AND status = 'OPEN'")
                .param(account.accountId).query(Long.class).single());
        await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseId)
                .list(), (java.util.List<Task> l) -> !l.isEmpty());
        return name;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> firstRow(String gridId) {
        waitFor(By.id(gridId));
        return (Map<String, Object>) wait.until(d -> ((JavascriptExecutor) d).executeScript(FIRST_ROW, gridId));
    }

    private static void assertOnFirstScreen(Map<String, Object> row) {
        assertThat(((Number) row.get("bottom")).doubleValue()).as("row 1 ends inside the window, no scrolling")
                .isLessThanOrEqualTo(((Number) row.get("height")).doubleValue());
    }

    private String tileClass(String anchorId) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('#' + arguments[0] + ' .tile').className", anchorId);
    }

    private void screenshot(String name) throws java.io.IOException {
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/" + name + ".png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private <T> T as(String username, java.util.function.Supplier<T> action) {
        return SignedIn.as(users, username, action);
    }
}
