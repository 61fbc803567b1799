package com.marginportal.workflow;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import com.marginportal.notification.NoticeRecord;
import com.marginportal.notification.NoticeDispatcher;
import com.marginportal.notification.NotificationService;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.IntegrationTest;
import com.marginportal.support.MimeParts;
import com.marginportal.support.TestSmtp;
import com.marginportal.support.SignedIn;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.runtime.ActivityInstance;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of the breach workflow ITs: the whole application on MariaDB with Flowable's async executor running.
 * Tests move an account across the lines, scan, wait (Awaitility) for async jobs, fire timers explicitly and
 * complete tasks as demo users. No real timer ever becomes due during a test.
 */
abstract class WorkflowTestSupport extends IntegrationTest {

    static final Duration ASYNC = Duration.ofSeconds(30);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RiskScanService scanner;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    CaseTasks caseTasks;
    @Autowired
    ResolutionRecords resolutions;
    @Autowired
    NotificationService notifications;
    @Autowired
    NoticeDispatcher dispatcher;
    @Autowired
    private UserDetailsService users;
    @Autowired
    com.marginportal.calendar.TradingCalendarService calendars;

    BreachFixture account;

    @BeforeEach
    void newAccount() {
        account = new BreachFixture(jdbc);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    void scan() {
        scanner.scan(ScanTrigger.MANUAL);
    }

    /** Sets the price, scans, and returns the case's process once its first async step is done. */
    ProcessInstance breachAt(String price) {
        account.price(price);
        scan();
        String caseId = Long.toString(account.openCaseId());
        ProcessInstance instance = await().atMost(ASYNC).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).singleResult(), p -> p != null);
        awaitNoAsyncJobs(instance.getId());
        return instance;
    }

    void awaitNoAsyncJobs(String processInstanceId) {
        await().atMost(ASYNC).until(() -> management.createJobQuery().processInstanceId(processInstanceId).count() == 0);
    }

    void awaitEnded(String processInstanceId) {
        await().atMost(ASYNC).until(() -> runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .count() == 0);
    }

    Task task(String processInstanceId, String definitionKey) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(definitionKey)
                .singleResult();
    }

    /** Fires the timer of one activity now (the async executor runs it) and waits until it ran. */
    void fireTimer(String processInstanceId, String activityId) {
        Job timer = management.createTimerJobQuery().processInstanceId(processInstanceId).list().stream()
                .filter(j -> activityId.equals(j.getElementId())).findFirst()
                .orElseThrow(() -> new AssertionError("no timer on " + activityId));
        management.moveTimerToExecutableJob(timer.getId());
        awaitNoAsyncJobs(processInstanceId);
    }

    /**
     * Activity ids of the process in start order, without sequence flows: a running one's from the runtime, an ended
     * one's as its last step wrote them down for the case view (the breach process keeps no historic activity
     * instances, BreachHistorySettings).
     */
    List<String> path(String processInstanceId) {
        if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            return runtime.createActivityInstanceQuery().processInstanceId(processInstanceId)
                    .orderByActivityInstanceStartTime().asc().list()
                    .stream().filter(a -> !"sequenceFlow".equals(a.getActivityType()))
                    .map(ActivityInstance::getActivityId).toList();
        }
        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        BpmnModel model = repository.getBpmnModel(ended.getProcessDefinitionId());
        String steps = jdbc.sql("SELECT steps FROM case_process WHERE process_instance_id = ?").param(processInstanceId)
                .query(String.class).single();
        return Arrays.stream(steps.split(" ")).filter(id -> !(model.getFlowElement(id) instanceof SequenceFlow)).toList();
    }

    <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(users, username, action);
    }

    void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** The n-th trading day from now (n ≥ 1): a day an extension may run to. */
    java.time.LocalDate tradingDayIn(int n) {
        return calendars.calendar().deadline(java.time.Instant.now(), n).toLocalDate();
    }

    /** Its market close: an extension's new deadline. */
    java.time.Instant closeInTradingDays(int n) {
        return calendars.calendar().deadline(java.time.Instant.now(), n).toInstant();
    }

    ResolutionRecord resolution(long caseId) {
        return as("admin", () -> resolutions.forCase(caseId)).orElseThrow();
    }

    List<NoticeRecord> notices(long caseId) {
        return as("admin", () -> notifications.noticesForCase(caseId));
    }

    /** Sends the due notices to the run's GreenMail (SMTP up) and returns what this account's client received. */
    List<MimeMessage> mailsToClient() {
        TestSmtp.up();
        dispatcher.dispatchDue();
        return TestSmtp.messagesTo(account.email);
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text alternative, decoded. */
    static String text(MimeMessage mail) {
        try {
            return MimeParts.find(mail, "text/plain");
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
