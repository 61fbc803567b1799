package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marginportal.notification.InAppKind;
import com.marginportal.notification.InAppMessage;
import com.marginportal.notification.InAppMessages;
import com.marginportal.notification.NoticeRecord;
import com.marginportal.notification.NoticeType;
import com.marginportal.risk.BreachDetected;

import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Escalation timer, escalation of the level in place, and idempotent start. */
@RecordApplicationEvents
class BreachCorrelationModuleIT extends WorkflowModuleSupport {

    @Autowired
    private ApplicationEventPublisher publisher;
    @Autowired
    private ApplicationEvents events;
    @Autowired
    private InAppMessages inApp;

    @Test
    void anOverdueContactGivesTheManagerAnEscalationTaskWhileTheAdvisorKeepsHers() {
        ProcessInstance p = breachAt("9.50");
        Task contact = task(p.getId(), "contactClient");

        fireTimer(p.getId(), "contactOverdue");

        Task escalation = task(p.getId(), "escalationReview");
        assertThat(escalation).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(escalation.getId()))
                .anyMatch(l -> ("branch-" + branch.id() + "-managers").equals(l.getGroupId()));
        Task still = task(p.getId(), "contactClient");
        assertThat(still.getId()).isEqualTo(contact.getId());
        assertThat(still.getAssignee()).isEqualTo(advisor);
        assertThat(path(p.getId())).contains("contactOverdue", "escalationReview");

        assertThatThrownBy(() -> as(advisor, () -> caseTasks.complete(escalation.getId())))
                .as("offered to the branch's managers only").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(otherManager, () -> caseTasks.complete(escalation.getId())))
                .as("another branch's manager").isInstanceOf(AccessDeniedException.class);
        long caseId = Long.parseLong(p.getBusinessKey());
        assertThat(as(manager, () -> inApp.mine())).as("the branch managers get an in-app message")
                .anyMatch(m -> m.kind() == InAppKind.CONTACT_OVERDUE && Long.valueOf(caseId).equals(m.caseId())
                        && !m.read()
                        && "测试客户".equals(m.clientName()));
        assertThat(as(otherManager, () -> inApp.mine())).noneMatch(m -> Long.valueOf(caseId).equals(m.caseId()));
        assertThat(as(advisor, () -> inApp.mine())).noneMatch(m -> Long.valueOf(caseId).equals(m.caseId()));
        assertThat(as(manager, () -> inApp.unreadCount())).isPositive();
        as(manager, () -> inApp.markAllRead());
        assertThat(as(manager, () -> inApp.unreadCount())).isZero();
        assertThat(as(manager, () -> inApp.mine())).filteredOn(m -> Long.valueOf(caseId).equals(m.caseId()))
                .allMatch(InAppMessage::read);

        as(manager, () -> caseTasks.complete(escalation.getId()));
        assertThat(task(p.getId(), "contactClient").getId()).isEqualTo(contact.getId());
    }

    @Test
    void anOverdueDecisionGoesToTheManagersFirstThenToTheRiskOfficeWhileTheManagersKeepIt() {
        ProcessInstance p = breachAt("7.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        Task decision = task(p.getId(), "managerDecision");

        fireTimer(p.getId(), "decisionOverdue");
        assertThat(as(manager, () -> inApp.mine())).as("the managers who hold the decision are told first")
                .anyMatch(m -> m.kind() == InAppKind.DECISION_OVERDUE && Long.valueOf(caseId).equals(m.caseId()));
        assertThat(as(admin, () -> inApp.mine())).noneMatch(m -> Long.valueOf(caseId).equals(m.caseId()));
        assertThat(task(p.getId(), "decisionEscalation")).isNull();

        fireTimer(p.getId(), "decisionStillOpen");
        Task escalation = task(p.getId(), "decisionEscalation");
        assertThat(taskService.getIdentityLinksForTask(escalation.getId()))
                .anyMatch(l -> "risk-office".equals(l.getGroupId()));
        assertThat(task(p.getId(), "managerDecision").getId()).as("the decision stays with the managers")
                .isEqualTo(decision.getId());
        assertThat(as(admin, () -> inApp.mine()))
                .anyMatch(m -> m.kind() == InAppKind.DECISION_ESCALATED && Long.valueOf(caseId).equals(m.caseId()));
        assertThat(as(manager, () -> inApp.mine())).noneMatch(m -> m.kind() == InAppKind.DECISION_ESCALATED
                && Long.valueOf(caseId).equals(m.caseId()));
        assertThatThrownBy(() -> as(manager, () -> caseTasks.complete(escalation.getId())))
                .isInstanceOf(AccessDeniedException.class);

        as(manager, () -> caseTasks.decide(decision.getId(), ManagerDecision.close("已电话确认客户自行处理")));
        awaitEnded(p.getId());
        assertThat(path(p.getId())).contains("decisionOverdue", "tellManagers", "decisionStillOpen",
                "decisionEscalation", "caseDecided", "resolved");
    }

    @Test
    void aWorseningCaseMovesToTheStricterPathInItsOneProcess() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        String warningTask = task(p.getId(), "contactClient").getId();

        account.price("8.90");
        scan();
        awaitNoAsyncJobs(p.getId());

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(p.getBusinessKey()).count()).isOne();
        assertThat(runtime.getVariable(p.getId(), "level")).isEqualTo("MARGIN_CALL");
        Task contact = task(p.getId(), "contactClient");
        assertThat(contact.getId()).as("a new contact task with the new urgency").isNotEqualTo(warningTask);
        assertThat(contact.getAssignee()).isEqualTo(advisor);
        assertThat(path(p.getId())).contains("escalated", "applyEscalation");
        assertThat(path(p.getId()).stream().filter("sendRiskNotice"::equals)).hasSize(2);
        assertThat(notices(caseId)).extracting(NoticeRecord::type)
                .containsExactly(NoticeType.WARNING, NoticeType.MARGIN_CALL);

        as(advisor, () -> caseTasks.completeContact(contact.getId(),
                new ContactForm(ContactForm.Channel.PHONE, true, ContactForm.Plan.REDUCE_POSITION, null, null)));
        assertThat(task(p.getId(), "followUp")).as("margin-call path").isNotNull();
    }

    @Test
    void theSameBreachDetectedTwiceStartsOneProcess() {
        ProcessInstance p = breachAt("9.50");
        BreachDetected detected = events.stream(BreachDetected.class)
                .filter(e -> e.accountId() == account.accountId).findFirst().orElseThrow();

        publisher.publishEvent(detected);
        publisher.publishEvent(detected);

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(p.getBusinessKey()).count()).isOne();
        assertThat(jdbc.sql("SELECT process_instance_id FROM case_process WHERE case_id = ?")
                .param(detected.caseId()).query(String.class).list()).containsExactly(p.getId());
    }
}
