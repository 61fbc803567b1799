package com.marginportal.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import com.marginportal.risk.domain.BreachLevel;

import org.flowable.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * The workflow's settings as the marginBreach process reads them ({@code ${breachSettings.retryInterval}} in the
 * BPMN, and the delegates and views), instead of copies in every process's variables. Processes started before
 * (their copies stored as variables) keep theirs: the {@code (Object stored)} methods prefer a stored copy.
 */
@Component("breachSettings")
public class BreachSettings {

    private final WorkflowProperties properties;
    private final CaseDueDates dueDates;

    BreachSettings(WorkflowProperties properties, CaseDueDates dueDates) {
        this.properties = properties;
        this.dueDates = dueDates;
    }

    public int getMaxAttempts() {
        return properties.maxContactAttempts();
    }

    public int getMaxExtensions() {
        return properties.maxExtensions();
    }

    /**
     * Whether the client's top-up deadline has passed: a contact recorded after it (reached or not) asks for the
     * manager's decision at once, with no follow-up until a deadline that is gone and no further calls.
     */
    public boolean deadlinePassed(DelegateExecution execution) {
        return execution.getVariable(ProcessVariables.DEADLINE) instanceof Date deadline
                && !deadline.toInstant().isAfter(dueDates.now());
    }

    /**
     * ISO-8601 duration from now, as the retry timer takes it: the interval, or until the contact hours next start
     * when it ends outside them (a client not reached at 23:33 is called again from 08:00, and the task comes back then).
     * Read by the retry timers of process definitions deployed before {@link #retryAt}.
     */
    public String getRetryInterval() {
        Instant now = dueDates.now();
        return wholeSeconds(Duration.between(now, dueDates.contactFrom(now.plus(properties.contactRetryInterval()))));
    }

    /** The retry timer's moment ({@link CaseDueDates#retryAt}): a margin call's retry never waits past its deadline. */
    public Date retryAt(DelegateExecution execution) {
        Object deadline = execution.getVariable(ProcessVariables.DEADLINE);
        return Date.from(dueDates.retryAt(BreachLevel.valueOf((String) execution.getVariable(ProcessVariables.LEVEL)),
                deadline instanceof Date d ? d.toInstant() : null, dueDates.now()));
    }

    /**
     * ISO-8601 duration from now: the manager decision's due time and first escalation, counted within the contact
     * hours (a liquidation found at night is due 08:30, not at 00:40 with the managers told in the night). Read by the
     * timers of process definitions deployed before the due time became a whole minute.
     */
    public String getDecisionDue() {
        return fromContactHours(properties.decisionDue());
    }

    /**
     * The same due time as a moment, for the decision task, in whole minutes (rounded up) as every list shows it: a
     * duration is added by the engine to its own now, so a night's decisions came out due 08:30:00.2, 08:30:00.9…,
     * and one scan's decisions in the day 09:34:12, 09:34:40… — shown alike, but too different to be "due together"
     * for the lists that then put the account most at risk first. As moments they are all 08:30, or 09:35.
     */
    public Date getDecisionDueAt() {
        return decisionDueFrom(dueDates.now());
    }

    /**
     * The decision's due time, counted from what asked for it, so decisions asked for by one event are due together
     * however long the engine takes over thousands of them: the scan that found a liquidation-level breach or an
     * escalation to one, the deadline that passed (a timer run late; never later than now, for a timer run early);
     * from now when the contact attempts are used up. Never already past when the task is created: a start or timer
     * run more than the due interval after what asked for it counts from now.
     */
    public Date decisionDueAt(DelegateExecution execution) {
        Instant now = dueDates.now();
        Instant from = now;
        if (execution.getTransientVariable(ProcessVariables.DECISION_FROM) instanceof Date deadline) {
            from = deadline.toInstant().isBefore(now) ? deadline.toInstant() : now;
        } else if (execution.getTransientVariable(ProcessVariables.DETECTED_AT) instanceof Date detected) {
            from = detected.toInstant();
        }
        Date due = decisionDueFrom(from);
        // never already past when the task is created (a start or a deadline timer run long after what asked for it)
        return due.toInstant().isAfter(now) ? due : decisionDueFrom(now);
    }

    private Date decisionDueFrom(Instant from) {
        Instant due = dueDates.withinContactHours(from, properties.decisionDue());
        Instant minute = due.truncatedTo(ChronoUnit.MINUTES);
        return Date.from(minute.equals(due) ? due : minute.plus(Duration.ofMinutes(1)));
    }

    /**
     * When a decision still open goes to the risk office: its due time and the escalation interval. The managers
     * are told at the due time itself ({@link #getDecisionDueAt}), never before the lists show it overdue.
     */
    public Date getRiskOfficeDueAt() {
        return riskOfficeFrom(getDecisionDueAt());
    }

    /** {@link #getRiskOfficeDueAt} from the due time of {@link #decisionDueAt(DelegateExecution)}. */
    public Date riskOfficeDueAt(DelegateExecution execution) {
        return riskOfficeFrom(decisionDueAt(execution));
    }

    /** The escalation interval after the decision's due time, within the contact hours as the due time is. */
    private Date riskOfficeFrom(Date decisionDue) {
        return Date.from(dueDates.withinContactHours(decisionDue.toInstant(), properties.riskOfficeEscalationAfter()));
    }

    /**
     * ISO-8601 duration from now: the decision goes to the risk office (decision due + the escalation interval). Read
     * by the timers of process definitions deployed before the due time became a whole minute.
     */
    public String getRiskOfficeDue() {
        return fromContactHours(properties.decisionDue().plus(properties.riskOfficeEscalationAfter()));
    }

    private String fromContactHours(Duration after) {
        Instant now = dueDates.now();
        return wholeSeconds(Duration.between(now, dueDates.withinContactHours(now, after)));
    }

    /** Whole seconds, rounded up: the engine adds it to its own now, a moment later, and 08:30 must not read 08:29. */
    private static String wholeSeconds(Duration wait) {
        Duration whole = wait.truncatedTo(ChronoUnit.SECONDS);
        return (whole.equals(wait) ? whole : whole.plusSeconds(1)).toString();
    }

    int maxAttempts(Object stored) {
        return stored instanceof Number n ? n.intValue() : getMaxAttempts();
    }

    int maxExtensions(Object stored) {
        return stored instanceof Number n ? n.intValue() : getMaxExtensions();
    }

    /** Whether a case that had {@code extensions} (a counter) may have another under its own limit. */
    boolean extensionLeft(Object extensions, Object storedMax) {
        return count(extensions) < maxExtensions(storedMax);
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
