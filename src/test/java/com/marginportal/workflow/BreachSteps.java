package com.marginportal.workflow;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.notification.NoticeDispatcher;
import com.marginportal.notification.NoticeRecord;
import com.marginportal.notification.NotificationService;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.MimeParts;
import com.marginportal.support.SignedIn;
import com.marginportal.support.TestSmtp;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.runtime.ActivityInstance;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the breach workflow's tests do, on whichever context they run — the module's slice
 * ({@link WorkflowModuleSupport}) or the whole application ({@link WorkflowTestSupport}): move the account across the
 * lines and scan, wait (Awaitility) for async jobs, fire timers explicitly, act as a user, read notices and mails. The
 * base class supplies the context, the account and the administrator.
 */
interface BreachSteps {

    Duration ASYNC = Duration.ofSeconds(30);

    /** The context the test runs in: the steps take its beans. */
    ApplicationContext context();

    /** The test's account. */
    BreachFixture account();

    /** An administrator's user name (reads every case). */
    String admin();

    default <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    default void scan() {
        bean(RiskScanService.class).scan(ScanTrigger.MANUAL);
    }

    /** Sets the price, scans, and returns the case's process once its first async step is done. */
    default ProcessInstance breachAt(String price) {
        account().price(price);
        scan();
        String caseId = Long.toString(account().openCaseId());
        RuntimeService runtime = bean(RuntimeService.class);
        ProcessInstance instance = await().atMost(ASYNC).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).singleResult(), p -> p != null);
        awaitNoAsyncJobs(instance.getId());
        return instance;
    }

    default void awaitNoAsyncJobs(String processInstanceId) {
        ManagementService management = bean(ManagementService.class);
        await().atMost(ASYNC).until(() -> management.createJobQuery().processInstanceId(processInstanceId)
                .count() == 0);
    }

    default void awaitEnded(String processInstanceId) {
        RuntimeService runtime = bean(RuntimeService.class);
        await().atMost(ASYNC).until(() -> runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .count() == 0);
    }

    default Task task(String processInstanceId, String definitionKey) {
        return bean(TaskService.class).createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(definitionKey).singleResult();
    }

    /** Fires the timer of one activity now (the async executor runs it) and waits until it ran. */
    default void fireTimer(String processInstanceId, String activityId) {
        ManagementService management = bean(ManagementService.class);
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
    default List<String> path(String processInstanceId) {
        RuntimeService runtime = bean(RuntimeService.class);
        if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            return runtime.createActivityInstanceQuery().processInstanceId(processInstanceId)
                    .orderByActivityInstanceStartTime().asc().list()
                    .stream().filter(a -> !"sequenceFlow".equals(a.getActivityType()))
                    .map(ActivityInstance::getActivityId).toList();
        }
        HistoricProcessInstance ended = bean(HistoryService.class).createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        BpmnModel model = bean(RepositoryService.class).getBpmnModel(ended.getProcessDefinitionId());
        String steps = bean(JdbcClient.class).sql("SELECT steps FROM case_process WHERE process_instance_id = ?")
                .param(processInstanceId).query(String.class).single();
        return Arrays.stream(steps.split(" ")).filter(id -> !(model.getFlowElement(id) instanceof SequenceFlow))
                .toList();
    }

    default <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(bean(UserDetailsService.class), username, action);
    }

    default void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** The n-th trading day from now (n ≥ 1): a day an extension may run to. */
    default LocalDate tradingDayIn(int n) {
        return bean(TradingCalendarService.class).calendar().deadline(Instant.now(), n).toLocalDate();
    }

    /** Its market close: an extension's new deadline. */
    default Instant closeInTradingDays(int n) {
        return bean(TradingCalendarService.class).calendar().deadline(Instant.now(), n).toInstant();
    }

    default ResolutionRecord resolution(long caseId) {
        return as(admin(), () -> bean(ResolutionRecords.class).forCase(caseId)).orElseThrow();
    }

    default List<NoticeRecord> notices(long caseId) {
        return as(admin(), () -> bean(NotificationService.class).noticesForCase(caseId));
    }

    /** Sends the due notices to the run's GreenMail (SMTP up) and returns what this account's client received. */
    default List<MimeMessage> mailsToClient() {
        TestSmtp.up();
        bean(NoticeDispatcher.class).dispatchDue();
        return TestSmtp.messagesTo(account().email);
    }

    default String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text alternative, decoded. */
    default String text(MimeMessage mail) {
        try {
            return MimeParts.find(mail, "text/plain");
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
