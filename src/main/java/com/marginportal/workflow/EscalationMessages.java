package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import com.marginportal.client.ClientNoticeContacts;
import com.marginportal.client.NoticeContact;
import com.marginportal.notification.InAppKind;
import com.marginportal.notification.InAppMessages;
import com.marginportal.security.PortalUser;

import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On an escalation task's creation: an in-app message to the group that must act (branch managers for an
 * overdue contact, the risk office for an overdue decision). One message per task, even if the job retries.
 */
@Component("escalationMessages")
class EscalationMessages implements TaskListener {

    static final String CONTACT_ESCALATION = "escalationReview";
    static final String DECISION_ESCALATION = "decisionEscalation";

    private final InAppMessages messages;
    private final ClientNoticeContacts clients;

    EscalationMessages(InAppMessages messages, ClientNoticeContacts clients) {
        this.messages = messages;
        this.clients = clients;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean decision = DECISION_ESCALATION.equals(task.getTaskDefinitionKey());
        long caseId = ((Number) task.getVariable(CASE_ID)).longValue();
        long accountId = ((Number) task.getVariable(ACCOUNT_ID)).longValue();
        String clientName = clients.forAccount(accountId).map(NoticeContact::name).orElse(null);
        messages.post(decision ? PortalUser.RISK_OFFICE : (String) task.getVariable(MANAGER_GROUP),
                decision ? InAppKind.DECISION_OVERDUE : InAppKind.CONTACT_OVERDUE, caseId,
                ((Number) task.getVariable(CLIENT_ID)).longValue(), clientName, "task-" + task.getId());
    }
}
