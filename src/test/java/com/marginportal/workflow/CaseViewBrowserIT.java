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
    }
}
