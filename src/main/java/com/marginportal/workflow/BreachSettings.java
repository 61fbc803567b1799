package com.marginportal.workflow;

import org.springframework.stereotype.Component;

/**
 * The workflow's settings as the marginBreach process reads them ({@code ${breachSettings.retryInterval}} in the
 * BPMN, and the delegates and views), instead of copies in every process's variables. Processes started before
 * (their copies stored as variables) keep theirs: the {@code (Object stored)} methods prefer a stored copy.
 */
@Component("breachSettings")
public class BreachSettings {

    private final WorkflowProperties properties;

    BreachSettings(WorkflowProperties properties) {
        this.properties = properties;
    }

    public int getMaxAttempts() {
        return properties.maxContactAttempts();
    }

    public int getMaxExtensions() {
        return properties.maxExtensions();
    }

    /** ISO-8601 duration, as the retry timer takes it. */
    public String getRetryInterval() {
        return properties.contactRetryInterval().toString();
    }

    /** ISO-8601 duration: the manager decision's due time and first escalation. */
    public String getDecisionDue() {
        return properties.decisionDue().toString();
    }

    /** ISO-8601 duration: the decision goes to the risk office (decision due + the escalation interval). */
    public String getRiskOfficeDue() {
        return properties.decisionDue().plus(properties.riskOfficeEscalationAfter()).toString();
    }

    int maxAttempts(Object stored) {
        return stored instanceof Number n ? n.intValue() : getMaxAttempts();
    }

    int maxExtensions(Object stored) {
        return stored instanceof Number n ? n.intValue() : getMaxExtensions();
    }

    String retryInterval(Object stored) {
        return stored instanceof String s ? s : getRetryInterval();
    }

    /** A counter the process sets when it first counts (attempts, extensions): absent means none yet. */
    static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** The managers of a branch, the group of its manager tasks. */
    static String managerGroup(Object branchId) {
        return "branch-" + branchId + "-managers";
    }
}
