package com.marginportal.workflow;

import java.time.Duration;

import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.BrowserTest;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** In a real browser: an advisor opens the inbox, records the contact of a new warning case, and the case moves on. */
class TaskInboxBrowserIT extends BrowserTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService taskService;

    @Test
    void anAdvisorCompletesAContactTask() {
        BreachFixture account = new BreachFixture(jdbc);
        account.price("9.50");
        scanner.scan(ScanTrigger.MANUAL);
        String caseId = Long.toString(account.openCaseId());
        ProcessInstance process = await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).singleResult(), p -> p != null);
        Task contact = await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
                .processInstanceId(process.getId()).taskDefinitionKey("contactClient").singleResult(), t -> t != null);

        signIn("advisor1", "demo123");
        driver.get(url("tasks"));
        InboxBrowsing.showOnlyClient(wait, account.clientId, 1);
        InboxBrowsing.openTask(driver, wait, contact.getId());
        // the native input is visually hidden by the Lumo checkbox: click it the way a label click does
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#contact-reached input"))));
        click(waitFor(By.id("contact-plan")));
        click(waitFor(By.xpath("//vaadin-select-item[contains(., '追加现金')]")));
        click(waitFor(By.id("contact-save")));

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("handle-" + contact.getId())));
        assertThat(taskService.createTaskQuery().taskId(contact.getId()).count()).as("the task is done").isZero();
        assertThat(runtime.getVariable(process.getId(), "reached")).isEqualTo(true);
        await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createExecutionQuery().processInstanceId(process.getId())
                .activityId("awaitRestoration").count() == 1);
        assertThat(runtime.getVariable(process.getId(), "plan")).isEqualTo("TOP_UP_CASH");
        assertThat(runtime.getVariable(process.getId(), "completedBy")).isEqualTo("advisor1");
    }

    /** A click that the development-mode overlays in the corner cannot intercept (the inbox is long in a full run). */
    private void click(org.openqa.selenium.WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                element);
    }
}
