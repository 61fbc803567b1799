package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.time.Instant;
import java.util.Date;

import com.marginportal.risk.domain.BreachLevel;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record contact": stores the attempt, counts it, and sets the next contact's due date for a retry. */
@Component("contactDelegate")
class ContactDelegate implements JavaDelegate {

    private final CaseContactStore contacts;
    private final CaseDueDates dueDates;
    private final WorkflowProperties properties;

    ContactDelegate(CaseContactStore contacts, CaseDueDates dueDates, WorkflowProperties properties) {
        this.contacts = contacts;
        this.dueDates = dueDates;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int attempt = BreachSettings.count(execution.getVariable(ATTEMPTS)) + 1;
        boolean reached = Boolean.TRUE.equals(execution.getVariable(REACHED));
        Instant now = dueDates.now();
        contacts.insert(ProcessCases.caseId(execution), attempt,
                (String) execution.getVariable(CHANNEL), reached, (String) execution.getVariable(PLAN),
                (String) execution.getVariable(PROMISED_DATE), (String) execution.getVariable(NOTE),
                (String) execution.getVariable(COMPLETED_BY), now);
        execution.setVariable(ATTEMPTS, attempt);
        if (!reached) {
            BreachLevel level = BreachLevel.valueOf((String) execution.getVariable(LEVEL));
            Instant retryAt = now.plus(properties.contactRetryInterval());
            execution.setVariable(CONTACT_DUE, Date.from(dueDates.contactDue(level, retryAt)));
        }
    }
}
