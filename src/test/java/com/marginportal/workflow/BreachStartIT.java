package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;

/** What a new breach process is started with: ids and the case's own state, no copies of settings or zeroed counters. */
class BreachStartIT extends WorkflowTestSupport {

    @Test
    void aNewProcessHoldsIdsAndTheCaseStateOnly() {
        ProcessInstance p = breachAt("9.50");

        assertThat(runtime.getVariables(p.getId()).keySet()).containsExactlyInAnyOrder("caseId", "accountId",
                "clientId", "branchId", "advisorId", "advisor", "level", "openedAt", "contactDue", "deadline",
                "noticeIds");
        Task contact = taskService.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey("contactClient")
                .singleResult();
        assertThat(contact.getAssignee()).isEqualTo("advisor1");
        assertThat(taskService.getIdentityLinksForTask(contact.getId())).extracting(IdentityLink::getGroupId)
                .as("the advisors of the account's branch, derived from its id").contains("branch-1-advisors");
    }
}
