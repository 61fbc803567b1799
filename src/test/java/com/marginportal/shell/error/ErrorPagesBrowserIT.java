package com.marginportal.shell.error;

import com.marginportal.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the real application (development mode, as `spring-boot:run` serves it) an unknown route and a route the user
 * may not open show the same page in the portal's words, and never Vaadin's development page listing every route.
 */
class ErrorPagesBrowserIT extends BrowserTest {

    @Test
    void anAdvisorOpeningAnAdminRouteSeesThePortalsPageAndNoRouteList() {
        signIn("advisor1", "demo123");
        driver.get(url("admin/users"));
        assertThat(waitFor(By.id("error-title")).getText()).isEqualTo("页面不存在或无权访问");
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains("返回首页").doesNotContain("admin/").doesNotContain("Available routes");

        driver.get(url("no-such-page"));
        assertThat(waitFor(By.id("error-title")).getText()).isEqualTo("页面不存在或无权访问");
        driver.findElement(By.id("error-home")).click();
        waitFor(By.id("my-day-agenda"));

        driver.manage().addCookie(new Cookie("portal-lang", "en"));
        driver.get(url("board"));
        assertThat(waitFor(By.id("error-title")).getText()).isEqualTo("Page not found or not permitted");
    }
}
