package com.marginportal.security;

import com.marginportal.support.BrowserTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a new user must change the temporary password first; a locked account is told why; a wrong
 * password keeps the name typed.
 */
class SignInBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Margin-2026x";

    @Autowired
    AccountAdministration accounts;
    @Autowired
    SignInGuard guard;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void forgetFailures() {
        jdbc.sql("DELETE FROM sign_in_failure").update();
    }

    @Test
    void aNewUserChangesTheTemporaryPasswordBeforeReachingAnything() {
        String login = newUser("browser-new");
        login(login, PASSWORD);
        waitFor(By.id("password-why"));
        driver.get(url("clients"));
        assertThat(waitFor(By.id("password-why")).getText()).contains("临时密码");

        waitFor(By.cssSelector("#password-current input")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("#password-new input")).sendKeys("Own-Password-1");
        driver.findElement(By.cssSelector("#password-repeat input")).sendKeys("Own-Password-1");
        driver.findElement(By.id("password-save")).click();
        waitFor(By.cssSelector("vaadin-side-nav"));
        driver.get(url("clients"));
        waitFor(By.id("client-grid"));
        assertThat(driver.findElements(By.id("password-why"))).isEmpty();
    }

    @Test
    void aLockedAccountIsToldItIsLocked() {
        String login = newUser("browser-locked");
        jdbc.sql("UPDATE app_user SET password_change_required = FALSE WHERE username = ?").param(login).update();
        for (int i = 0; i < 5; i++) {
            guard.recordFailure(login, "192.0.2.1");
        }
        login(login, PASSWORD);
        String error = wait.until(d -> deepText("[part='error-message']"));
        assertThat(error).contains("临时锁定");
    }

    /** A mistyped password costs the password, not the name: the form keeps the name and waits for the password. */
    @Test
    void aWrongPasswordKeepsTheUsernameInTheForm() {
        login("advisor2", "wrong-password");
        wait.until(d -> deepText("[part='error-message']"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        wait.until(d -> "advisor2".equals(js.executeScript("return document.querySelector('#vaadinLoginUsername').value")));
        assertThat(js.executeScript("return document.querySelector('#vaadinLoginPassword').value")).isEqualTo("");

        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo123");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitFor(By.cssSelector("vaadin-side-nav"));
    }

    private String newUser(String prefix) {
        String login = prefix + "-" + System.nanoTime() % 1_000_000;
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            accounts.create(new NewAccount(login, "浏览器测试", Role.ADVISOR, 1L, null, null, PASSWORD));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return login;
    }
}
