package com.marginportal.shell;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.marginportal.risk.RiskFixture;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.BrowserTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 1280×800 no view scrolls sideways, in Chinese or English: neither the page nor a grid (a grid wider than its
 * place hides columns behind a scroll bar the user must find), no badge or header in a grid is cut by its cell, and
 * no cell wraps to four lines or more, and a grid's primary actions line up in their column. Checked on the views users
 * live in.
 */
class LayoutBrowserIT extends BrowserTest {

    private static final String OVERFLOW = """
            const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;
            const grids = [];
            const walk = root => root.querySelectorAll('*').forEach(el => {
              if (el.tagName === 'VAADIN-GRID' && el.shadowRoot) {
                const t = el.shadowRoot.querySelector('#table');
                if (t && t.clientWidth > 0) grids.push({id: el.id || '(no id)', over: t.scrollWidth - t.clientWidth});
              }
              if (el.shadowRoot) walk(el.shadowRoot);
            });
            walk(document);
            // a badge (a case's level, a status) cut by its grid cell reads as another word ("Liquidatio")
            const cut = [];
            document.querySelectorAll('vaadin-grid-cell-content [theme~="badge"], vaadin-grid-cell-content .badge').forEach(b => {
              const cell = b.closest('vaadin-grid-cell-content').getBoundingClientRect();
              if (cell.width > 0 && b.getBoundingClientRect().right > cell.right + 1) cut.push(b.textContent);
              // nor broken over lines inside itself ("2026-12-06 / 23:31 · Due / soon" in one badge)
              const text = document.createRange();
              text.selectNodeContents(b);
              const lines = new Set(Array.from(text.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
              if (cell.width > 0 && lines.size > 1) cut.push('broken: ' + b.textContent);
            });
            // a cell wrapped to four lines or more makes rows so tall that a screen shows three or four of them
            // (free text is cut to three lines, ClampedText)
            const tall = [];
            document.querySelectorAll('vaadin-grid-cell-content').forEach(c => {
              const badges = c.querySelectorAll('[theme~="badge"], .badge');
              if (badges.length) { // badges wrap by design, to three rows of them at most
                const rows = new Set(Array.from(badges).filter(b => b.offsetWidth > 0)
                    .map(b => Math.round(b.getBoundingClientRect().top)));
                if (rows.size > 3) tall.push(c.textContent.trim().slice(0, 40));
                return;
              }
              const line = parseFloat(getComputedStyle(c).lineHeight);
              if (line > 0 && c.offsetHeight > 0 && c.scrollHeight > line * 3.5) tall.push(c.textContent.trim().slice(0, 40));
            });
            // a header cut to "Proc…" no longer says what the column holds
            const headers = [];
            document.querySelectorAll('vaadin-grid-cell-content').forEach(c => {
              const cell = c.assignedSlot && c.assignedSlot.parentElement;
              if (cell && cell.tagName === 'TH' && c.offsetWidth > 0 && c.scrollWidth > c.clientWidth + 1)
                headers.push(c.textContent.trim());
            });
            // a date broken inside itself ("2026-12-" over "07 01:31") reads as two facts; after it the time may wrap;
            // nor cut by its cell ("2026-12…": which day?); nor a ratio ("122.…": how far below the line?)
            const dates = [];
            const cutDates = [];
            document.querySelectorAll('vaadin-grid-cell-content').forEach(c => {
              const box = c.getBoundingClientRect();
              const right = box.right - parseFloat(getComputedStyle(c).paddingRight);
              const texts = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
              for (let n = texts.nextNode(); n; n = texts.nextNode()) {
                // a ratio when it is the cell's figure (in a subject line cut on purpose it is part of a sentence)
                const figure = /^\\s*\\d[\\d,]*\\.\\d+%\\s*$/.test(c.textContent) ? /\\d[\\d,]*\\.\\d+%/g : null;
                for (const m of [...n.data.matchAll(/\\d{4}-\\d{2}-\\d{2}/g), ...(figure ? n.data.matchAll(figure) : [])]) {
                  const r = document.createRange();
                  r.setStart(n, m.index);
                  r.setEnd(n, m.index + m[0].length);
                  const rects = Array.from(r.getClientRects()).filter(x => x.width > 0);
                  if (new Set(rects.map(x => Math.round(x.top))).size > 1)
                    dates.includes(m[0]) || dates.push(m[0]);
                  if (box.width > 0 && rects.some(x => x.right > right + 1))
                    cutDates.includes(m[0]) || cutDates.push(m[0]);
                }
              }
            });
            // a row's primary action where the column's others are (one left or one right edge): the eye goes down
            // the column, not along each row, and a click aimed by the row above does not land on "Return"
            const ragged = [];
            const columns = new Map();
            document.querySelectorAll('vaadin-grid-cell-content vaadin-button[theme~="primary"]').forEach(b => {
              const content = b.closest('vaadin-grid-cell-content');
              const cell = content.assignedSlot && content.assignedSlot.parentElement;
              const grid = content.parentElement;
              if (!cell || cell.tagName !== 'TD' || b.offsetWidth === 0) return;
              const key = (grid.id || '(no id)') + ' column ' + cell.cellIndex;
              const r = b.getBoundingClientRect();
              const edges = columns.get(key) || {left: new Set(), right: new Set(), text: b.textContent.trim()};
              edges.left.add(Math.round(r.left));
              edges.right.add(Math.round(r.right));
              columns.set(key, edges);
            });
            columns.forEach((e, key) => {
              if (e.left.size > 1 && e.right.size > 1) ragged.push(key + ' ("' + e.text + '")');
            });
            // a level cut by its cell ("Warning · Financi…": which line did the case cross?)
            const levels = [];
            document.querySelectorAll('vaadin-grid-cell-content').forEach(c => {
              const cell = c.assignedSlot && c.assignedSlot.parentElement;
              const text = c.textContent.trim();
              if (cell && cell.tagName === 'TD' && c.offsetWidth > 0 && c.scrollWidth > c.clientWidth + 1
                  && /^(警戒|追保|平仓|Warning|Margin call|Liquidation)( · |$)/.test(text)) levels.push(text);
            });
            return {page: page, grids: grids, cut: cut, tall: tall, headers: headers, dates: dates, cutDates: cutDates,
                    ragged: ragged, levels: levels};""";

    private static boolean liquidationCaseOpened;

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RiskScanService scanner;

    /**
     * The longest texts the lists hold, whatever else the shared data holds: the longest level labels ("Liquidation"
     * on the case lists, "Warning · Financing ratio" in the advisor's day); on the incidents page a notice replaced by a later one and one that failed with a long error; a notice being retried.
     */
    @BeforeEach
    void makeTheLongestTexts() {
        if (!liquidationCaseOpened) {
            new RiskFixture(jdbc).price("7.50"); // advisor1's new account falls below the liquidation line
            // and one of hers crosses only the high-risk financing-ratio line: the longest level label of her day,
            // "Warning · Financing ratio" (110,000 of assets, 71,000 of debt: 154.93%, 63.64% financed)
            RiskFixture financed = new RiskFixture(jdbc);
            financed.highRisk();
            financed.price("11.00");
            jdbc.sql("UPDATE credit_account SET interest_and_fees = 1000 WHERE id = ?").param(financed.accountId).update();
            scanner.scan(ScanTrigger.MANUAL);
            long caseId = 71_000_000L + System.nanoTime() % 1_000_000;
            long resolution = failedNotice(caseId, "RESOLUTION", "SENT", null, null);
            failedNotice(caseId, "MARGIN_CALL", "SUPERSEDED", resolution, null);
            failedNotice(caseId + 1, "LIQUIDATION", "FAILED", null, "MailSendException: Mail server connection failed. "
                    + "Failed messages: org.eclipse.angus.mail.util.MailConnectException: Couldn't connect to host, "
                    + "port: smtp.example.com, 25; timeout -1; nested exception is: java.net.ConnectException: "
                    + "Connection refused");
            retryingNotice();
            planContactWithALongName();
            liquidationCaseOpened = true;
        }
    }

    /**
     * A notice the mail server refused twice, waiting for its next attempt: the mail log's longest state (its badge
     * took the subject's room and pushed the last column out of the grid) and the first row of the incidents.
     */
    private void retryingNotice() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO notification (channel, notice_type, status, case_id, client_id, branch_id, recipient,
                       recipient_name, language_tag, subject, body_text, body_html, snapshot, created_at, created_by,
                       attempts, series_start, next_attempt_at, last_attempt_at, last_error)
                VALUES ('EMAIL', 'MARGIN_CALL', 'PENDING', NULL, 1, 1, 'layout-retrying@example.com', '张三', 'zh-CN',
                        '【追加担保物通知】请于2026年12月10日 15:00（北京时间）前将维持担保比例提高至150.00%以上', '正文',
                        '<p>正文</p>', '{}', ?, 'test', 2, 0, ?, ?,
                        'MailSendException: Mail server connection failed ← ConnectException: Connection refused')""")
                .params(now, now.plusDays(1), now).update(); // the newest: on the mail log's first page
    }

    /** A plan's call of advisor1 under a long plan name, beside the breach tasks with their two actions. */
    private void planContactWithALongName() {
        String name = "High-net-worth clients with high risk: weekly contact " + System.nanoTime() % 1_000_000;
        jdbc.sql("""
                INSERT INTO contact_plan (name, dimension, dimension_value, ratio_below, interval_days, active,
                       updated_at, updated_by) VALUES (?, 'RISK_LEVEL', 'HIGH', NULL, 7, FALSE, CURRENT_TIMESTAMP, 'test')""")
                .param(name).update();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO contact_task (plan_id, client_id, open_client_id, branch_id, advisor_id, status, created_at,
                       due_at)
                SELECT p.id, c.id, NULL, c.branch_id, c.advisor_id, 'OPEN', ?, ?
                  FROM contact_plan p, client c JOIN app_user u ON u.id = c.advisor_id AND u.username = 'advisor1'
                 WHERE p.name = ? ORDER BY c.id LIMIT 1""")
                .params(now, now.plusDays(2), name).update();
    }

    private long failedNotice(long caseId, String type, String status, Long supersededBy, String error) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO notification (channel, notice_type, status, case_id, client_id, branch_id, recipient,
                       recipient_name, language_tag, subject, body_text, body_html, snapshot, created_at, created_by,
                       attempts, series_start, failed_at, superseded_by, superseded_at, last_error)
                VALUES ('EMAIL', ?, ?, ?, ?, 1, 'layout-test@example.com', '张三', 'zh-CN', '主题', '正文', '<p>正文</p>',
                        '{}', ?, 'test', 8, 0, ?, ?, ?, ?)""")
                .params(type, status, caseId, caseId, now, "SENT".equals(status) ? null : now, supersededBy,
                        supersededBy == null ? null : now, error)
                .update();
        return jdbc.sql("SELECT MAX(id) FROM notification WHERE case_id = ?").param(caseId).query(Long.class).single();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "admin, zh-CN, manager-day;board;risk/cases;clients;risk/lines;admin/users;admin/audit;mail-log;dashboard;incidents;"
                    + "admin/branches;admin/classification;admin/imports;admin/recommendations;advisors;board/diagram;"
                    + "segments;service;service/plans;tasks;my-day",
            "admin, en, manager-day;board;risk/cases;clients;risk/lines;admin/users;admin/audit;mail-log;dashboard;incidents;"
                    + "admin/branches;admin/classification;admin/imports;admin/recommendations;advisors;board/diagram;"
                    + "segments;service;service/plans;tasks;my-day",
            "manager1, zh-CN, manager-day;board;risk/cases;clients;tasks;dashboard;service",
            "manager1, en, manager-day;dashboard;service;tasks;board;risk/cases",
            "advisor1, en, my-day;tasks;clients;risk/cases;service",
            "advisor1, zh-CN, my-day;tasks;clients;risk/cases;service"})
    @SuppressWarnings("unchecked")
    void nothingScrollsSideways(String user, String language, String routes) {
        signIn(user, "demo123");
        browserCookie("portal-lang", language, false);
        List<String> problems = new ArrayList<>();
        boolean first = true;
        for (String route : routes.split(";")) {
            if (first) {
                driver.get(url(route));
                first = false;
                // the page's language, which screen readers and the charts' date names follow
                Object lang = ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang");
                if (!language.equals(lang)) {
                    problems.add(route + ": <html lang=\"" + lang + "\">");
                }
            } else {
                navigateInApp(route);
            }
            waitFor(By.cssSelector("vaadin-side-nav"));
            // the server round trip is over and every grid has its rows
            wait.until(d -> ((JavascriptExecutor) d).executeScript("""
                    return !document.querySelector('vaadin-connection-indicator[loading]')
                        && !document.querySelector('vaadin-grid[loading]')""").equals(Boolean.TRUE));
            Map<String, Object> o = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(OVERFLOW);
            if (((Number) o.get("page")).intValue() > 0) {
                problems.add(route + ": page " + o.get("page") + "px wider than the window");
            }
            if (!((List<?>) o.get("cut")).isEmpty()) {
                problems.add(route + ": badges cut by their cells " + o.get("cut"));
            }
            if (!((List<?>) o.get("headers")).isEmpty()) {
                problems.add(route + ": headers cut " + o.get("headers"));
            }
            if (!((List<?>) o.get("dates")).isEmpty()) {
                problems.add(route + ": dates or ratios broken over lines " + o.get("dates"));
            }
            if (!((List<?>) o.get("cutDates")).isEmpty()) {
                problems.add(route + ": dates or ratios cut by their cells " + o.get("cutDates"));
            }
            if (!((List<?>) o.get("levels")).isEmpty()) {
                problems.add(route + ": levels cut by their cells " + o.get("levels"));
            }
            if (!((List<?>) o.get("ragged")).isEmpty()) {
                problems.add(route + ": primary actions not lined up in " + o.get("ragged"));
            }
            if (!((List<?>) o.get("tall")).isEmpty()) {
                problems.add(route + ": cells wrapped to four lines or more " + o.get("tall"));
            }
            for (Map<String, Object> g : (List<Map<String, Object>>) o.get("grids")) {
                if (((Number) g.get("over")).intValue() > 1) {
                    problems.add(route + ": grid " + g.get("id") + " " + g.get("over") + "px wider than its place");
                }
            }
        }
        assertThat(problems).as("horizontal overflow for %s in %s", user, language).isEmpty();
    }

    /**
     * Opens the route the way a click in the menu does, without loading the page again (a full load per view cost
     * ~0.6 s: the browser starting Vaadin's client each time): the browser's history moves to the route and the
     * router follows. Waits until the view in the layout is a new one.
     */
    private void navigateInApp(String route) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("""
                const view = document.querySelector('vaadin-app-layout > :not([slot])');
                if (view) view.__left = true;
                window.history.pushState({}, '', '/' + arguments[0]);
                window.dispatchEvent(new PopStateEvent('popstate', {state: {}}));""", route);
        wait.until(d -> Boolean.TRUE.equals(js.executeScript("""
                const view = document.querySelector('vaadin-app-layout > :not([slot])');
                return !!view && !view.__left;""")));
    }
}
