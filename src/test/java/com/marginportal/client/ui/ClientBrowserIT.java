package com.marginportal.client.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.marginportal.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** An advisor signs in, filters the list, opens a client and sees the maintenance ratio. */
class ClientBrowserIT extends BrowserTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void anAdvisorFindsAClientAndSeesTheRatio() {
        var client = jdbc.sql("""
                SELECT c.id, c.name, a.maintenance_ratio FROM client c
                  JOIN credit_account a ON a.client_id = c.id
                  JOIN app_user u ON u.id = c.advisor_id
                 WHERE u.username = 'advisor1' AND a.total_debt > 0 ORDER BY c.id""")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)})
                .list().get(0);
        String name = (String) client[1];
        String expectedRatio = ((BigDecimal) client[2]).movePointRight(2).setScale(2, RoundingMode.HALF_UP) + "%";

        signIn("advisor1", "demo123");
        driver.get(url("clients"));
        WebElement filter = waitFor(By.cssSelector("#filter-text input"));
        String unfiltered = wait.until(d -> {
            String count = d.findElement(By.id("client-count")).getText();
            return count.contains("位客户") ? count : null;
        });
        filter.sendKeys(name, Keys.ENTER);
        // the filter's answer has arrived (the count moved) and the grid holds its rows: no row is replaced under the click
        wait.until(d -> !d.findElement(By.id("client-count")).getText().equals(unfiltered)
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !document.querySelector('vaadin-grid[loading]')")));
        By link = By.xpath("//vaadin-grid[@id='client-grid']//a[text()='" + name + "']");
        clickWhenSettled(link);

        WebElement ratio = waitFor(By.id("maintenance-ratio"));
        assertThat(ratio.getText()).isEqualTo(expectedRatio);
        assertThat(driver.findElement(By.id("client-header")).getText()).contains(name);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginAndBackAfterSigningIn() {
        driver.get(url("clients"));
        wait.until(ExpectedConditions.urlContains("/login"));
        login("manager1", "demo123");
        waitFor(By.id("client-grid"));
        assertThat(driver.getCurrentUrl()).doesNotContain("login");
        assertThat(waitFor(By.cssSelector("vaadin-side-nav")).getText()).contains("客户档案", "客户经理");
    }

    @Test
    void aWrongPasswordIsRejectedWithAClearMessage() {
        login("advisor1", "wrong-password");
        String error = wait.until(d -> deepText("[part='error-message']"));
        assertThat(error).contains("用户名或密码错误");
        assertThat(driver.getCurrentUrl()).contains("login?error");
    }
}
