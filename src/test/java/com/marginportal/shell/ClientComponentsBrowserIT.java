package com.marginportal.shell;

import java.util.List;
import java.util.Map;

import com.marginportal.support.BrowserTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The npm-built client components in a real browser (test-only route {@link ClientComponentsHarnessView}):
 * ECharts draws, bpmn-js shows the breach process with state and its bpmn.io logo, and clicks reach the server.
 */
class ClientComponentsBrowserIT extends BrowserTest {

    @BeforeEach
    void openHarness() {
        signIn("admin", "demo123");
        driver.get(url(ClientComponentsHarnessView.ROUTE));
        wait.until(d -> Boolean.TRUE.equals(js("""
                const chart = document.querySelector('#harness-chart');
                const diagram = document.querySelector('#harness-bpmn');
                return !!(chart && chart.shadowRoot && chart.shadowRoot.querySelector('canvas, svg')
                    && diagram && diagram.shadowRoot && diagram.shadowRoot.querySelector('.djs-element.active'));""")));
    }

    /** The calendar in the UI's words (Chinese by default): "2026年12月" over the month, dates written as shown. */
    @Test
    void datePickerWritesAndTitlesInTheUisLanguage() {
        assertThat(js("return document.querySelector('#harness-date').inputElement.value")).isEqualTo("2026-12-08");
        driver.findElement(By.id("harness-date")).click();
        wait.until(d -> Boolean.TRUE.equals(js("""
                const texts = [];
                const walk = root => root.querySelectorAll('*').forEach(e => {
                    if ((e.getAttribute('part') || '').split(' ').includes('month-header')) texts.push(e.textContent.trim());
                    if (e.shadowRoot) walk(e.shadowRoot);
                });
                walk(document);
                return texts.includes('2026年12月');""")));
    }

    @Test
    void chartIsDrawnAndAClickOnABarReachesTheServer() {
        Map<?, ?> size = (Map<?, ?>) js("""
                const host = document.querySelector('#harness-chart');
                const c = host.shadowRoot.querySelector('canvas');
                return {width: c.clientWidth, height: c.clientHeight, hostWidth: host.clientWidth, hostHeight: host.clientHeight};""");
        assertThat(((Number) size.get("width")).intValue()).as("chart width at 1280×800").isGreaterThan(1000)
                .isEqualTo(((Number) size.get("hostWidth")).intValue());
        assertThat(((Number) size.get("height")).intValue()).isEqualTo(300)
                .isEqualTo(((Number) size.get("hostHeight")).intValue());

        // stacks of 10 on an axis ending at 10, bars 90% of their band: a quarter across and near the bottom of
        // the plot is the lower segment ("预警") of the first category
        WebElement chart = driver.findElement(By.id("harness-chart"));
        int width = chart.getSize().getWidth();
        int height = chart.getSize().getHeight();
        new Actions(driver).moveToElement(chart, -width / 4, height / 4 - 8).click().perform();
        wait.until(ExpectedConditions.textToBe(By.id("chart-click"), "预警/上海浦东/6.0"));
    }

    @Test
    void lineAndDonutChartsDraw() {
        wait.until(d -> Boolean.TRUE.equals(js("""
                const line = document.querySelector('#harness-line').shadowRoot.querySelector('canvas');
                const donut = document.querySelector('#harness-donut').shadowRoot.querySelector('svg');
                return !!(line && line.clientWidth > 300 && donut && donut.textContent.includes('中风险'));""")));
    }

    @Test
    void diagramShowsStateCountsAndTheLogoAndAClickReachesTheServer() {
        assertThat(classesOf(ClientComponentsHarnessView.ACTIVE)).contains("active");
        for (String id : ClientComponentsHarnessView.COMPLETED) {
            assertThat(classesOf(id)).as(id).contains("completed");
        }
        assertThat(classesOf("followUp")).doesNotContain("active", "completed");
        assertThat(js("""
                return [...document.querySelector('#harness-bpmn').shadowRoot.querySelectorAll('.count-badge')]
                    .map(b => b.dataset.countFor + '=' + b.textContent).sort();"""))
                .as("badges for counts above zero").isEqualTo(List.of("contactClient=3", "followUp=12"));
        assertThat(js("""
                const logo = document.querySelector('#harness-bpmn').shadowRoot.querySelector('a.bjs-powered-by');
                return logo && logo.offsetParent !== null ? logo.href : null;"""))
                .as("bpmn.io logo visible (licence)").asString().contains("bpmn.io");

        WebElement followUp = driver.findElement(By.id("harness-bpmn")).getShadowRoot()
                .findElement(By.cssSelector(".djs-element[data-element-id='followUp']"));
        new Actions(driver).moveToElement(followUp).click().perform();
        wait.until(ExpectedConditions.textToBe(By.id("bpmn-click"), "followUp/bpmn:UserTask"));
    }

    private String classesOf(String elementId) {
        return (String) js("""
                const el = document.querySelector('#harness-bpmn').shadowRoot
                    .querySelector('.djs-element[data-element-id="' + arguments[0] + '"]');
                return el ? el.getAttribute('class') : 'missing: ' + arguments[0];""", elementId);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
