package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.marginportal.notification.NoticeDispatcher;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.BrowserTest;
import com.marginportal.support.TestSmtp;

import jakarta.mail.internet.MimeMessage;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: the client opens the link of the received warning e-mail, reads the notice, clicks
 * "我已阅读并知悉本通知" and sees the confirmation; then the advisor finds "客户已于 … 确认阅读" beside the case's task.
 */
class AcknowledgementBrowserIT extends BrowserTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService taskService;
    @Autowired
    private ManagementService management;
    @Autowired
    private NoticeDispatcher dispatcher;

    @Test
    void theClientAcknowledgesAndTheAdvisorSeesIt() throws Exception {
        BreachFixture account = new BreachFixture(jdbc);
        account.price("9.50");
        scanner.scan(ScanTrigger.MANUAL);
        String caseId = Long.toString(account.openCaseId());
        ProcessInstance process = await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).singleResult(), p -> p != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> management.createJobQuery()
                .processInstanceId(process.getId()).count() == 0);
        TestSmtp.up();
        dispatcher.dispatchDue();
        List<MimeMessage> mails = TestSmtp.messagesTo(account.email);
        assertThat(mails).hasSize(1);
        String token = AcknowledgementWorkflowIT.token(mails.get(0));

        driver.get(url("ack/" + token)); // the e-mail's link, on this run's port
        assertThat(waitFor(By.id("ack-account")).getText()).isEqualTo("信用账户：" + masked(account.accountId));
        assertThat(driver.findElement(By.id("ack-notice")).getText()).contains("维持担保比例为 135.71%");
        driver.findElement(By.id("ack-button")).click();
        assertThat(waitFor(By.id("ack-confirmation")).getText()).startsWith("已记录：您已于").endsWith("确认阅读本通知。谢谢！");

        Task contact = taskService.createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey("contactClient").singleResult();
        assertThat(runtime.getVariable(process.getId(), "clientAcknowledgedAt")).isNotNull();
        signIn("advisor1", "demo123");
        driver.get(url("tasks"));
        InboxBrowsing.showOnlyClient(wait, account.clientId, 1);
        InboxBrowsing.openTask(driver, wait, contact.getId());
        waitFor(By.id("case-context"));
        assertThat(deepText(".case-acknowledgement")).startsWith("客户已于").endsWith("确认阅读预警通知");

        // leave no open task behind: the inbox browser test looks for its own in the same advisor's list
        account.price("10.00");
        scanner.scan(ScanTrigger.MANUAL);
        await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceId(process.getId()).count() == 0);
    }

    private static String masked(long accountId) {
        String digits = Long.toString(accountId);
        return "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }
}
