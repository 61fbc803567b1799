package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.time.Instant;
import java.util.Date;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record decision": checks the decision (a reason for every kind; an extension against the limit, to the close of
 * a trading day still to come), moves the deadline of an extension and tells the client the new one, and records the decision with its
 * decider and reason for the case history. Throwing here rolls back the manager's task completion, so a refused decision changes nothing.
 */
@Component("decisionDelegate")
class DecisionDelegate implements JavaDelegate {

    private final CaseDueDates dueDates;
    private final CaseDecisionStore decisions;

    private final BreachSettings settings;
    private final CaseNotices notices;

    DecisionDelegate(CaseDueDates dueDates, CaseDecisionStore decisions, BreachSettings settings, CaseNotices notices) {
        this.settings = settings;
        this.notices = notices;
        this.dueDates = dueDates;
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ManagerDecision.Kind kind = ManagerDecision.Kind.valueOf((String) execution.getVariable(DECISION));
        String reason = (String) execution.getVariable(DECISION_REASON);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(kind + " needs a decision reason (决定理由)");
        }
        long caseId = ProcessCases.caseId(execution);
        String decidedBy = (String) execution.getVariable(DECIDED_BY);
        if (kind != ManagerDecision.Kind.EXTENSION) {
            decisions.insert(caseId, kind, reason, null, null, decidedBy, dueDates.now());
            return;
        }
        int extensions = BreachSettings.count(execution.getVariable(EXTENSIONS));
        if (!settings.extensionLeft(extensions, execution.getVariable(MAX_EXTENSIONS))) {
            throw new IllegalStateException("the case already had " + extensions + " of "
                    + settings.maxExtensions(execution.getVariable(MAX_EXTENSIONS)) + " extensions");
        }
        Date newDeadline = (Date) execution.getVariable(NEW_DEADLINE);
        Instant held = CaseDueDates.toldDeadline(execution::getVariable);
        dueDates.requireExtensionDeadline(newDeadline == null ? null : newDeadline.toInstant(), held);
        execution.setVariable(DEADLINE, newDeadline);
        execution.setVariable(EXTENSIONS, extensions + 1);
        decisions.insert(caseId, kind, reason, newDeadline.toInstant(), held, decidedBy, dueDates.now());
        notices.extensionNotice(caseId, execution.getVariables(), held)
                .ifPresent(id -> RiskNoticeDelegate.appendNoticeId(execution, id));
    }
}
