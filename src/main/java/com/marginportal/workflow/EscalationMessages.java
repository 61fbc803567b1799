package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import com.marginportal.client.ClientNoticeContacts;
import com.marginportal.client.NoticeContact;
import com.marginportal.notification.InAppKind;
import com.marginportal.notification.InAppMessages;
import com.marginportal.security.PortalUser;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * In-app messages of the escalations, to whoever must act, in two steps. A contact task overdue: its escalation
 * task's creation tells the branch managers. A manager decision overdue: first the managers who hold it
 * ("Tell managers", a service step on the overdue timer), then, still open a further interval later, the risk
 * office (its escalation task's creation). A margin call's contact task withdrawn at the deadline: its advisor, whose
 * list no longer shows it (the managers have the decision in theirs). One message per task or timer firing, even if
 * the job retries.
 */
@Component("escalationMessages")
class EscalationMessages implements TaskListener, JavaDelegate, ExecutionListener {

    static final String CONTACT_ESCALATION = "escalationReview";
    static final String DECISION_ESCALATION = "decisionEscalation";

    private final InAppMessages messages;
    private final ClientNoticeContacts clients;
    private final ProcessCases cases;

    EscalationMessages(InAppMessages messages, ClientNoticeContacts clients, ProcessCases cases) {
        this.cases = cases;
        this.messages = messages;
        this.clients = clients;
    }

    /** An escalation task was created: the contact escalation to the managers, the decision one to the risk office. */
    @Override
    public void notify(DelegateTask task) {
        boolean decision = DECISION_ESCALATION.equals(task.getTaskDefinitionKey());
        post(decision ? PortalUser.RISK_OFFICE : managerGroup(task.getVariable(MANAGER_GROUP), task.getVariable(BRANCH_ID)),
                decision ? InAppKind.DECISION_ESCALATED : InAppKind.CONTACT_OVERDUE,
                cases.ofProcess(task.getProcessInstanceId()), "task-" + task.getId());
    }

    /** The manager decision became overdue: the managers who hold it are told first. */
    @Override
    public void execute(DelegateExecution execution) {
        post(managerGroup(execution.getVariable(MANAGER_GROUP), execution.getVariable(BRANCH_ID)), InAppKind.DECISION_OVERDUE,
                cases.of(execution), "decision-overdue-" + execution.getId());
    }

    /** The deadline withdrew the contact task (the flow to the decision is taken): its advisor is told why. */
    @Override
    public void notify(DelegateExecution execution) {
        Object deadline = execution.getVariable(DEADLINE);
        post("user:" + execution.getVariable(ADVISOR), InAppKind.CONTACT_WITHDRAWN, cases.of(execution),
                "contact-withdrawn-" + execution.getProcessInstanceId() + "-"
                        + (deadline instanceof java.util.Date d ? d.getTime() : 0));
    }

    /** Processes started before the group was derived from the branch keep the group they stored. */
    private static String managerGroup(Object stored, Object branchId) {
        return stored instanceof String s ? s : BreachSettings.managerGroup(branchId);
    }

    private void post(String recipient, InAppKind kind, ProcessCases.Parties c, String dedupKey) {
        String clientName = clients.forAccount(c.accountId()).map(NoticeContact::name).orElse(null);
        messages.post(recipient, kind, c.caseId(), c.clientId(), clientName, dedupKey);
    }
}
