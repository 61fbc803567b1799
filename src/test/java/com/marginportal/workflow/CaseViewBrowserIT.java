package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.BrowserTest;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A manager opens a case from the board and sees the process diagram with the active step highlighted. */
class CaseViewBrowserIT extends BrowserTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private TaskService tasks;

    @Test
    void theCaseViewHighlightsTheStepTheCaseWaitsAt() {
        BreachFixture account = new BreachFixture(jdbc);
        account.price("9.50");
        scanner.scan(ScanTrigger.MANUAL);
        long caseId = account.openCaseId();
        await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(
                Long.toString(caseId)).taskDefinitionKey("contactClient").count() == 1);

        signIn("manager1", "demo123");
        driver.get(url("board/case/" + caseId));
        waitFor(By.id("case-step"));
        assertThat(driver.findElement(By.id("case-step")).getText()).isEqualTo("联系客户");
        wait.until(d -> "active".equals(((JavascriptExecutor) d).executeScript("""
                const el = document.querySelector('#case-diagram').shadowRoot
                    .querySelector('.djs-element[data-element-id="contactClient"]');
                return el && el.classList.contains('active') ? 'active' : null;""")));
        Object completed = ((JavascriptExecutor) driver).executeScript("""
                const el = document.querySelector('#case-diagram').shadowRoot
                    .querySelector('.djs-element[data-element-id="sendRiskNotice"]');
                return el && el.classList.contains('completed');""");
        assertThat(completed).as("the path taken is marked").isEqualTo(true);
        assertThat(deepText("#case-history")).contains("开立", "联系客户");

        // a wheel over the diagram is the reader scrolling the page, not the diagram panned out of sight; with
        // Ctrl it still zooms
        String before = viewbox();
        wheel(300, false);
        assertThat(viewbox()).as("plain wheel: the diagram neither pans nor zooms").isEqualTo(before);
        wheel(-300, true);
        wait.until(d -> !before.split(" ")[2].equals(viewbox().split(" ")[2]));
    }

    private String viewbox() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const v = document.querySelector('#case-diagram').viewer.get('canvas').viewbox();
                return [v.x, v.y, v.scale].join(' ');""");
    }

    /** A real wheel turn over the diagram's middle, as the browser's input (the diagram ignores synthetic events). */
    private void wheel(int deltaY, boolean ctrl) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> middle = (java.util.List<Number>) ((JavascriptExecutor) driver).executeScript("""
                const d = document.querySelector('#case-diagram');
                d.scrollIntoView({block: 'center'}); // below the facts and the history
                const r = d.getBoundingClientRect();
                return [r.x + r.width / 2, r.y + r.height / 2];""");
        ChromeDriver chrome = (ChromeDriver) driver;
        java.util.Map<String, Object> at = java.util.Map.of("x", middle.get(0).doubleValue(), "y", middle.get(1).doubleValue());
        chrome.executeCdpCommand("Input.dispatchMouseEvent", new java.util.HashMap<>(java.util.Map.of("type", "mouseMoved",
                "x", at.get("x"), "y", at.get("y"))));
        chrome.executeCdpCommand("Input.dispatchMouseEvent", new java.util.HashMap<>(java.util.Map.of("type", "mouseWheel",
                "x", at.get("x"), "y", at.get("y"), "deltaX", 0, "deltaY", deltaY, "modifiers", ctrl ? 2 : 0)));
    }
}
