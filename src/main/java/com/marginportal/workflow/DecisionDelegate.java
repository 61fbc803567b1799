package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.util.Date;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record decision": checks an extension against the limit and moves the deadline. Throwing here rolls back the
 * manager's task completion, so a refused extension changes nothing.
 */
@Component("decisionDelegate")
class DecisionDelegate implements JavaDelegate {

    private final CaseDueDates dueDates;

    DecisionDelegate(CaseDueDates dueDates) {
        this.dueDates = dueDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!ManagerDecision.Kind.EXTENSION.name().equals(execution.getVariable(DECISION))) {
            return;
        }
        int extensions = ((Number) execution.getVariable(EXTENSIONS)).intValue();
        int max = ((Number) execution.getVariable(MAX_EXTENSIONS)).intValue();
        if (extensions >= max) {
            throw new IllegalStateException("the case already had " + extensions + " of " + max + " extensions");
        }
        Date newDeadline = (Date) execution.getVariable(NEW_DEADLINE);
        if (newDeadline == null || !newDeadline.toInstant().isAfter(dueDates.now())) {
            throw new IllegalArgumentException("the new deadline must lie in the future");
        }
        execution.setVariable(DEADLINE, newDeadline);
        execution.setVariable(EXTENSIONS, extensions + 1);
    }
}
