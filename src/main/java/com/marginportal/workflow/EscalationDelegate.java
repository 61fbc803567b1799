package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.time.Instant;
import java.util.Date;

import com.marginportal.risk.domain.BreachLevel;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Apply stricter level": the case escalated in place; contact starts over with the new level's urgency, due (as is a
 * liquidation's decision) from the scan that found it, not from when its message arrived: on a crash day the message
 * waits minutes behind thousands of starts, and one scan's escalations must be due together.
 */
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
        Instant detected = detectedAt(execution);
        execution.setTransientVariable(DETECTED_AT, Date.from(detected));
        execution.setVariable(CONTACT_DUE, Date.from(dueDates.contactDue(level, detected, dueDates.now())));
    }

    /** The scan's time, never after now; a message sent before it carried the time is taken as found now. */
    private Instant detectedAt(DelegateExecution execution) {
        Instant now = dueDates.now();
        Object scanned = execution.getVariable(ESCALATED_AT);
        execution.removeVariable(ESCALATED_AT);
        return scanned instanceof Date d && d.toInstant().isBefore(now) ? d.toInstant() : now;
    }
}
