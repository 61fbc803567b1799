package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import com.marginportal.risk.BreachDetected;

import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What a new breach process is started with: ids and the case's own state, no copies of settings or zeroed counters. */
@RecordApplicationEvents
class BreachStartModuleIT extends WorkflowModuleSupport {

    @Autowired
    private CaseProcessStore links;
    @Autowired
    private ApplicationEvents events;

    @Test
    void aNewProcessHoldsIdsAndTheCaseStateOnly() {
        ProcessInstance p = breachAt("9.50");

        assertThat(runtime.getVariables(p.getId()).keySet())
                .as("the case is the business key; its account and client are the case's (issue 14)")
                .containsExactlyInAnyOrder("branchId", "advisor", "level", "contactDue", "deadline", "noticeIds");
        assertThat(p.getBusinessKey()).isEqualTo(Long.toString(account.openCaseId()));
        Task contact = taskService.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey("contactClient")
                .singleResult();
        assertThat(contact.getAssignee()).isEqualTo(advisor);
        assertThat(taskService.getIdentityLinksForTask(contact.getId())).extracting(IdentityLink::getGroupId)
                .as("the advisors of the account's branch, derived from its id").contains("branch-" + branch.id() + "-advisors");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(p.getId()).list())
                .as("history keeps only what the case view shows after the end (BreachHistorySettings)")
                .extracting(HistoricVariableInstance::getVariableName)
                .containsExactlyInAnyOrder("advisor", "contactDue", "deadline");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(p.getId()).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(p.getId()).includeIdentityLinks()
                .singleResult().getIdentityLinks()).extracting(l -> l.getGroupId()).contains("branch-" + branch.id() + "-advisors");
    }

    /**
     * A process started by the earlier definition's start (issue 14 dropped advisorId and openedAt; before that the
     * settings and zeroed counters were copied in too) still runs to its end: the delegates read the case, not the
     * copies, and take a copy where one is there.
     */
    @Test
    void aProcessStartedWithTheEarlierVariablesRunsToItsEnd() {
        BreachDetected breach = detectedWithoutStarting();
        long caseId = breach.caseId();
        Map<String, Object> earlier = new HashMap<>();
        earlier.put("caseId", caseId);
        earlier.put("accountId", breach.accountId());
        earlier.put("clientId", breach.clientId());
        earlier.put("branchId", branch.id());
        earlier.put("advisorId", advisorId(advisor));
        earlier.put("advisor", advisor);
        earlier.put("advisorGroup", "branch-" + branch.id() + "-advisors");
        earlier.put("managerGroup", "branch-" + branch.id() + "-managers");
        earlier.put("level", breach.level().name());
        earlier.put("openedAt", breach.snapshot().valuedAt().toString());
        earlier.put("contactDue", Date.from(Instant.now().plus(2, ChronoUnit.HOURS)));
        earlier.put("deadline", Date.from(Instant.now().plus(2, ChronoUnit.DAYS)));
        earlier.put("attempts", 0);
        earlier.put("maxAttempts", 3);
        earlier.put("extensions", 0);
        earlier.put("maxExtensions", 1);
        earlier.put("retryInterval", "PT30M");
        earlier.put("decisionDue", "PT30M");
        assertThat(links.claim(caseId, Instant.now())).isTrue();
        ProcessInstance p = runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, Long.toString(caseId), earlier);

        as(advisor, () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(),
                new ContactForm(ContactForm.Channel.PHONE, true, ContactForm.Plan.TOP_UP_CASH, null, "明日补足")));
        account.topUp("20000");
        scan();
        awaitEnded(p.getId());

        ResolutionRecord record = as(manager, () -> resolutions.forCase(caseId)).orElseThrow();
        assertThat(record.advisorId()).isEqualTo(advisorId(advisor));
        assertThat(record.openedAt()).isCloseTo(breach.snapshot().valuedAt(), within(1, ChronoUnit.MILLIS));
        assertThat(record.accountId()).isEqualTo(breach.accountId());
        assertThat(record.noticeIds()).isNotEmpty();
        assertThat(record.outcome().name()).startsWith("RESTORED");
    }

    private BreachDetected detectedWithoutStarting() {
        repository.suspendProcessDefinitionByKey(ProcessVariables.PROCESS_KEY);
        try {
            account.price("9.50");
            scan();
        } finally {
            repository.activateProcessDefinitionByKey(ProcessVariables.PROCESS_KEY);
        }
        long caseId = account.openCaseId();
        return events.stream(BreachDetected.class).filter(e -> e.caseId() == caseId).findFirst().orElseThrow();
    }

    private long advisorId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }
}
