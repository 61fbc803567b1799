package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import com.marginportal.notification.NoticeRecord;
import com.marginportal.notification.NoticeStatus;
import com.marginportal.support.AnotherNode;
import com.marginportal.support.TestSmtp;
import com.marginportal.workflow.ContactForm.Channel;
import com.marginportal.workflow.ContactForm.Plan;

import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.TaskService;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Faults in the middle of a breach process: SMTP down while the advisor works, and a restart of the node. */
class BreachWorkflowFaultsIT extends WorkflowTestSupport {

    @Autowired
    private SpringProcessEngineConfiguration engine;

    @Test
    void smtpDownKeepsTheNoticePendingWithoutStallingTheContactTaskAndDeliversItOnceWhenBack() {
        TestSmtp.down();
        try {
            ProcessInstance p = breachAt("9.50");
            long caseId = Long.parseLong(p.getBusinessKey());
            assertThat(dispatcher.dispatchDue()).as("nothing can be delivered").isZero();
            NoticeRecord pending = notices(caseId).get(0);
            assertThat(pending.status()).isEqualTo(NoticeStatus.PENDING);
            assertThat(pending.attempts()).isOne();
            assertThat(pending.lastError()).isNotBlank();
            assertThat(pending.nextAttemptAt()).as("retried later, with back-off").isAfter(pending.lastAttemptAt());

            as("advisor1", () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(),
                    new ContactForm(Channel.PHONE, true, Plan.TOP_UP_CASH, null, "邮件未达，电话已告知")));
            assertThat(runtime.createExecutionQuery().processInstanceId(p.getId()).activityId("awaitRestoration")
                    .count()).as("the process went on without the e-mail").isOne();

            TestSmtp.up();
            assertThat(dispatcher.dispatchDue()).as("SMTP is back but the retry is not due yet").isZero();
            backOffElapsed(pending.id());
            assertThat(mailsToClient()).hasSize(1);
            assertThat(mailsToClient()).as("delivered exactly once").hasSize(1);
            NoticeRecord sent = notices(caseId).get(0);
            assertThat(sent.status()).isEqualTo(NoticeStatus.SENT);
            assertThat(sent.attempts()).isEqualTo(2);
        } finally {
            TestSmtp.up();
        }
    }

    /**
     * A process waits on the contact task and its escalation timer; this node's job executor stops (the node
     * is down) and a new node starts on the same database: it finds the task, and the timer fires there once
     * its time comes (the new engine's clock is moved past the due time; nothing is fired by hand).
     */
    @Test
    void aRestartedNodeFindsTheWaitingTaskAndFiresTheTimer() {
        ProcessInstance p = breachAt("9.50");
        String contactId = task(p.getId(), "contactClient").getId();
        Job timer = management.createTimerJobQuery().processInstanceId(p.getId()).elementId("contactOverdue")
                .singleResult();

        engine.getAsyncExecutor().shutdown();
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext restarted = startAnotherNode()) {
            TaskService tasks = restarted.getBean(TaskService.class);
            ManagementService jobs = restarted.getBean(ManagementService.class);
            assertThat(tasks.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey("contactClient")
                    .singleResult().getId()).isEqualTo(contactId);
            assertThat(jobs.createTimerJobQuery().processInstanceId(p.getId()).elementId("contactOverdue").singleResult()
                    .getDuedate())
                    .isEqualTo(timer.getDuedate());

            ProcessEngineConfiguration restartedEngine = restarted.getBean(SpringProcessEngineConfiguration.class);
            restartedEngine.getClock().setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
            await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery().processInstanceId(p.getId())
                    .taskDefinitionKey("escalationReview").count() == 1);
            assertThat(tasks.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey("contactClient")
                    .singleResult().getId()).as("the advisor keeps her task").isEqualTo(contactId);
        } finally {
            engine.getClock().reset(); // Flowable's default clock is shared by the engines of one JVM
            SecurityContextHolder.setContextHolderStrategy(strategy);
            engine.getAsyncExecutor().start();
        }
        assertThat(path(p.getId())).contains("contactClient", "contactOverdue", "escalationReview");
    }

    /** The shared context runs on the wall clock: the notice's back-off is made to have passed. */
    private void backOffElapsed(long noticeId) {
        jdbc.sql("UPDATE notification SET next_attempt_at = ? WHERE id = ?")
                .params(LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1), noticeId).update();
    }

    private ConfigurableApplicationContext startAnotherNode() {
        return AnotherNode.onTheTestSchema()
                .with("flowable.async-executor-activate", "true")
                // look for due timers every 500 ms instead of Flowable's 10 s: the test waits for that look, not the timer
                .with("flowable.process.async.executor.default-timer-job-acquire-wait-time", "500ms")
                .start();
    }
}
