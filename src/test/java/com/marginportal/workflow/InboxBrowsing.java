package com.marginportal.workflow;

import java.time.Duration;

import com.marginportal.support.BrowserTest;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The task inbox in browser tests. */
final class InboxBrowsing {

    /** 20 attempts of 3 s: the same minute of patience as before, but a lost click is retried after 3 s, not 10. */
    private static final int ATTEMPTS = 20;
    private static final Duration DIALOG_WAIT = Duration.ofSeconds(3);
    private static final String SETTLED = """
            return !document.querySelector('vaadin-connection-indicator[loading]')
                && !document.querySelector('vaadin-grid[loading]')""";

    private InboxBrowsing() {
    }

    /**
     * Narrows the open inbox to one client's tasks and waits until the grid shows just those: in a full run the
     * advisor's list outgrows the rows the grid renders.
     */
    static void showOnlyClient(WebDriverWait wait, long clientId, int tasks) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#inbox-filter-client input")))
                .sendKeys(Long.toString(clientId));
        wait.until(driver -> Long.valueOf(tasks).equals(((JavascriptExecutor) driver)
                .executeScript("return document.getElementById('inbox-grid').size")));
    }

    /**
     * Clicks the task's "处理" button until its dialog is open: right after the list was filtered, the button
     * found may be the one the refresh is replacing, and a click on it goes nowhere. Each click waits for the
     * server round trip in progress to end first, which makes such lost clicks rare.
     */
    static void openTask(WebDriver driver, WebDriverWait wait, String taskId) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(SETTLED)));
            if (!driver.findElements(By.id("contact-save")).isEmpty()) {
                return; // the previous click's dialog came late
            }
            WebElement handle = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("handle-" + taskId)));
            ((JavascriptExecutor) driver).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", handle);
            try {
                new WebDriverWait(driver, DIALOG_WAIT, BrowserTest.POLL)
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("contact-save")));
                return;
            } catch (TimeoutException clickedAReplacedButton) {
                // find the button again
            }
        }
        throw new AssertionError("the dialog of task " + taskId + " did not open");
    }
}
