package com.marginportal.importing.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.marginportal.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rejected file says which row and column and why — and at 1280×800 that list starts below the fold, under the
 * kind's columns and the file's preview: the page brings it into view, or the administrator saw only the button.
 */
class ImportBrowserIT extends BrowserTest {

    @Test
    void theRowErrorsOfARejectedFileAreInView() throws Exception {
        Path file = Files.createTempFile("bad-clients", ".csv");
        file.toFile().deleteOnExit();
        Files.writeString(file, """
                client_number,name,gender,birth_date,id_number,phone,email,address,branch_code,advisor,risk_tolerance,investment_preference,investment_horizon,advisory_agreement,preferred_language,trading_since,opened_on,status,credit_account
                96100001,陈志远,M,1978-04-16,310115197804161358,13912345678,,上海,XX99,advisor1,C4,GROWTH,LONG,Y,zh-CN,2008-05-20,2019-03-15,ACTIVE,996100000001
                """, StandardCharsets.UTF_8);
        signIn("admin", "demo123");
        driver.get(url("admin/imports?kind=clients"));
        waitFor(By.id("import-run"));
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript("""
                const upload = document.querySelector('vaadin-upload');
                return upload.querySelector('input[type=file]') || upload.shadowRoot.querySelector('input[type=file]');""");
        input.sendKeys(file.toString());
        clickWhenSettled(By.cssSelector("#import-run:not([disabled])"));
        WebElement errors = waitFor(By.id("import-errors"));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.top >= 0 && r.top < window.innerHeight - 80;""", errors)));
        assertThat(deepText("#import-outcome")).startsWith("未导入");
    }
}
