package com.marginportal.workflow;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Breach workflow settings ({@code portal.workflow.*}). A warning's contact task is due at the end of the
 * trading day (never sooner than a margin call's); margin call and liquidation contacts are due after a fixed time,
 * counted within the contact hours.
 *
 * @param marginCallContactDue   contact due after a margin call (default 2 hours)
 * @param liquidationContactDue  contact due after a liquidation breach (default 30 minutes)
 * @param decisionDue            a manager decision is due this long after it was asked for (default 30 minutes);
 *                               when it passes, the branch managers who hold it get an in-app message
 * @param riskOfficeEscalationAfter  a decision still open this long after it became overdue (default 30 minutes)
 *                               goes to the risk office: an escalation task and an in-app message
 * @param contactRetryInterval   a client not reached is contacted again after this interval
 * @param maxContactAttempts     attempts before the case goes to the manager
 * @param maxExtensions          extensions a manager may grant per case
 * @param startThreads           lanes that start breach processes in parallel (a case always on the same lane)
 * @param startBatch             starts queued together on a lane run in one transaction, up to this many
 * @param jobThreads             threads of Flowable's async job executor (timers' work, the resolution steps)
 * @param jobQueue               async jobs queued for those threads before the rest wait for acquisition
 * @param reconcileGrace         the reconciler leaves a case this long to the event path before starting it
 * @param contactHoursStart      on trading days advisors call clients from (Shanghai time, default 08:00): a margin
 *                               call, a liquidation or a manager decision arising outside these hours is due its time
 *                               after they next start
 * @param contactHoursEnd        … until (default 21:00); equal to the start: round the clock
 */
@ConfigurationProperties("portal.workflow")
public record WorkflowProperties(@DefaultValue("PT2H") Duration marginCallContactDue,
                                 @DefaultValue("PT30M") Duration liquidationContactDue,
                                 @DefaultValue("PT30M") Duration contactRetryInterval,
                                 @DefaultValue("3") int maxContactAttempts,
                                 @DefaultValue("1") int maxExtensions,
                                 @DefaultValue("PT30M") Duration decisionDue,
                                 @DefaultValue("PT30M") Duration riskOfficeEscalationAfter,
                                 @DefaultValue("4") int startThreads,
                                 @DefaultValue("25") int startBatch,
                                 @DefaultValue("4") int jobThreads,
                                 @DefaultValue("2048") int jobQueue,
                                 @DefaultValue("PT2M") Duration reconcileGrace,
                                 @DefaultValue("08:00") LocalTime contactHoursStart,
                                 @DefaultValue("21:00") LocalTime contactHoursEnd) {

    public WorkflowProperties {
        if (maxContactAttempts < 1) {
            throw new IllegalArgumentException("portal.workflow.max-contact-attempts must be at least 1");
        }
        if (riskOfficeEscalationAfter.isNegative() || riskOfficeEscalationAfter.isZero()) {
            throw new IllegalArgumentException("portal.workflow.risk-office-escalation-after must be positive");
        }
        if (startThreads < 1 || startBatch < 1 || jobThreads < 1 || jobQueue < 1) {
            throw new IllegalArgumentException("portal.workflow start-threads, start-batch, job-threads and job-queue must be positive");
        }
        if (reconcileGrace.isNegative()) {
            throw new IllegalArgumentException("portal.workflow.reconcile-grace must not be negative");
        }
        new ContactHours(contactHoursStart, contactHoursEnd, java.time.ZoneOffset.UTC, d -> true); // no hours over midnight
        if (maxExtensions < 0) {
            throw new IllegalArgumentException("portal.workflow.max-extensions must not be negative");
        }
    }
}
