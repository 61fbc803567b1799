package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.util.Date;

import com.marginportal.risk.domain.BreachLevel;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Apply stricter level": the case escalated in place; contact starts over with the new level's urgency. */
@Component("escalationDelegate")
class EscalationDelegate implements JavaDelegate {

    private final CaseDueDates dueDates;

    EscalationDelegate(CaseDueDates dueDates) {
        this.dueDates = dueDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BreachLevel level = BreachLevel.valueOf((String) execution.getVariable(NEW_LEVEL));
        execution.setVariable(LEVEL, level.name());
        execution.setVariable(ATTEMPTS, 0);
        execution.setVariable(CONTACT_DUE, Date.from(dueDates.contactDue(level, dueDates.now())));
    }
}
