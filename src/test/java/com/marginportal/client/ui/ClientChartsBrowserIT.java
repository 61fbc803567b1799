package com.marginportal.client.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.marginportal.client.AccountValuationService;
import com.marginportal.risk.RiskFixture;
import com.marginportal.support.BrowserTest;
import com.marginportal.support.ClientFixture;
import com.marginportal.support.SimulatedClock;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 360 view's ECharts charts as a user sees them at 1280×800: the ratio history with the client's three lines
 * labelled in the page's language, and the behaviour charts; screenshots land in target/screenshots.
 */
class ClientChartsBrowserIT extends BrowserTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AccountValuationService valuation;

    @Test
    void theRatioChartShowsTheLinesTheClientIsHeldToLabelledInBothLanguages() throws Exception {
        RiskFixture account = new RiskFixture(jdbc);
        new ClientFixture(jdbc).computed(account.clientId, "RISK_LEVEL", "HIGH"); // lines 150% / 130% / 120%
        try {
            SimulatedClock.shift(Duration.ofDays(-6)); // a week of daily valuations, through the warning line
            for (String price : List.of("11.50", "10.80", "10.15", "9.40", "9.90", "10.40")) {
                account.price(price);
                valuation.valueAll();
                SimulatedClock.shift(Duration.ofDays(1));
            }
        } finally {
            SimulatedClock.reset();
        }

        signIn("advisor1", "demo123");
        driver.get(url("clients/" + account.clientId));
        openTab("维持担保比例走势");
        assertThat(chartText("ratio-chart")).contains("警戒线 150%", "追保线 130%", "即时平仓线 120%", "150%");
        screenshot("client-ratio-zh", "ratio-chart");

        driver.manage().addCookie(new Cookie("portal-lang", "en"));
        driver.navigate().refresh();
        openTab("Ratio history");
        assertThat(chartText("ratio-chart"))
                .contains("Warning line 150%", "Margin-call line 130%", "Immediate-liquidation line 120%");
        screenshot("client-ratio-en", "ratio-chart");
    }

    @Test
    void theBehaviourChartsAreDrawnOrSayWhyNot() throws Exception {
        long client = jdbc.sql("""
                SELECT c.id FROM client c JOIN app_user u ON u.id = c.advisor_id
                 WHERE u.username = 'advisor1' AND c.id < 90000000 ORDER BY c.id""").query(Long.class).list().get(0);
        signIn("advisor1", "demo123");
        driver.get(url("clients/" + client));
        openTab("交易行为分析");
        assertThat(chartText("chart-trades-chart")).as("the short-term threshold, labelled").contains("短线阈值 10");
        screenshot("client-behaviour-zh", "behaviour-summary");
        screenshot("client-behaviour-zh-2", "chart-concentration");

        driver.manage().addCookie(new Cookie("portal-lang", "en"));
        driver.navigate().refresh();
        openTab("Trading behaviour");
        assertThat(chartText("chart-trades-chart")).contains("Short-term threshold 10");
        screenshot("client-behaviour-en", "behaviour-summary");
        screenshot("client-behaviour-en-2", "chart-concentration");
    }

    private void openTab(String label) {
        WebElement tab = waitFor(By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", tab);
    }

    /** The text of an SVG-rendered chart (its labels), once it has drawn. */
    private String chartText(String id) {
        return wait.until(d -> {
            Object text = js().executeScript("""
                    const host = document.getElementById(arguments[0]);
                    const svg = host && host.shadowRoot && host.shadowRoot.querySelector('svg');
                    return svg ? svg.textContent : null;""", id);
            return text == null || text.toString().isEmpty() ? null : text.toString();
        });
    }

    private void screenshot(String name, String scrollTo) throws Exception {
        WebElement target = driver.findElement(By.id(scrollTo));
        js().executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -70)", target);
        // ECharts animates its first drawing: take the picture once two in a row are the same
        byte[][] last = {null};
        new WebDriverWait(driver, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(250)).until(d -> {
            byte[] now = ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES);
            boolean settled = Arrays.equals(now, last[0]);
            last[0] = now;
            return settled;
        });
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/" + name + ".png"), last[0]);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
