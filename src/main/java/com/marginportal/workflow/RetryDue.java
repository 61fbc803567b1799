package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.CONTACT_DUE;
import static com.marginportal.workflow.ProcessVariables.LEVEL;

import java.time.Instant;
import java.util.Date;

import com.marginportal.risk.domain.BreachLevel;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The retry's contact task is due as the advisor was told when recording the attempt ({@link ContactDelegate}); a
 * retry timer run later than that due (a node down over the night) counts it from now instead, so the task is never
 * due before it exists and its overdue escalation never reaches the managers for a call nobody could have made.
 */
@Component("retryDue")
class RetryDue implements ExecutionListener {

    private final CaseDueDates dueDates;

    RetryDue(CaseDueDates dueDates) {
        this.dueDates = dueDates;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Instant now = dueDates.now();
        if (execution.getVariable(CONTACT_DUE) instanceof Date due && !due.toInstant().isAfter(now)) {
            BreachLevel level = BreachLevel.valueOf((String) execution.getVariable(LEVEL));
            execution.setVariable(CONTACT_DUE, Date.from(dueDates.contactDue(level, now)));
        }
    }
}
