package com.marginportal.shell;

import java.util.List;
import java.util.Map;

import com.marginportal.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's Content-Security-Policy does not break Vaadin, ECharts or bpmn-js: every page below loads with
 * the header on and the browser reports no violation (a listener installed before any page script runs).
 */
class ContentSecurityPolicyBrowserIT extends BrowserTest {

    @Test
    void loginDashboardChartsAndDiagramRunWithoutViolations() {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));"""));
        driver.get(url("login"));
        assertThat(violations()).as("login page").isEmpty();
        login("admin", "demo123");
        waitFor(By.id("dashboard-tiles"));
        assertThat(violations()).as("dashboard").isEmpty();
        driver.get(url(ClientComponentsHarnessView.ROUTE));
        wait.until(d -> Boolean.TRUE.equals(js("""
                const chart = document.querySelector('#harness-chart');
                const diagram = document.querySelector('#harness-bpmn');
                return !!(chart && chart.shadowRoot && chart.shadowRoot.querySelector('canvas, svg')
                    && diagram && diagram.shadowRoot && diagram.shadowRoot.querySelector('.djs-element.active'));""")));
        assertThat(violations()).as("ECharts and bpmn-js").isEmpty();
        driver.get(url("clients"));
        waitFor(By.tagName("vaadin-grid"));
        assertThat(violations()).as("client list").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) js("return window.__cspViolations || [];");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
