package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.marginportal.notification.NoticeAcknowledged;
import com.marginportal.risk.BreachDetected;
import com.marginportal.risk.BreachEscalated;
import com.marginportal.risk.RatioRestored;
import com.marginportal.risk.domain.BreachLevel;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Starts one marginBreach process per case and delivers restoration and escalation to it by business key. */
@Service
public class BreachProcesses {

    private static final Logger log = LoggerFactory.getLogger(BreachProcesses.class);

    private final RuntimeService runtime;
    private final ManagementService management;
    private final CaseProcessStore links;
    private final BreachAssignees assignees;
    private final CaseDueDates dueDates;
    private final WorkflowProperties properties;
    private final CaseAcknowledgementStore acknowledgements;

    BreachProcesses(RuntimeService runtime, ManagementService management, CaseProcessStore links,
                    BreachAssignees assignees, CaseDueDates dueDates, WorkflowProperties properties,
                    CaseAcknowledgementStore acknowledgements) {
        this.acknowledgements = acknowledgements;
        this.runtime = runtime;
        this.management = management;
        this.links = links;
        this.assignees = assignees;
        this.dueDates = dueDates;
        this.properties = properties;
    }

    /** Starts the case's process unless it has one; returns its process instance id, or empty when skipped. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<String> start(BreachDetected event) {
        return startHere(event, null);
    }

    /**
     * Starts the processes of several cases in one transaction and one engine command, so the engine writes their
     * rows in one flush (multi-row inserts); a failure rolls all of them back, for the caller to start one by one.
     * Cases that already have a process are skipped, as in {@link #start}.
     *
     * @return how many were started
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int startAll(List<BreachDetected> events) {
        // the batch's holders in one query, not one per case (the same snapshot the starts read them in)
        Map<Long, BreachAssignees.Assignee> holders = assignees.forCases(events.stream().map(BreachDetected::caseId).toList());
        return management.executeCommand(context -> (int) events.stream()
                .filter(event -> startHere(event, holders).isPresent()).count());
    }

    /** @param holders the holders of a batch's cases, read together; null: read this case's own */
    private Optional<String> startHere(BreachDetected event, Map<Long, BreachAssignees.Assignee> holders) {
        if (!links.claim(event.caseId(), dueDates.now())) {
            log.info("Risk case {} already has a breach process; BreachDetected ignored", event.caseId());
            return Optional.empty();
        }
        BreachAssignees.Assignee holder = Optional.ofNullable(holders == null ? null : holders.get(event.caseId()))
                .or(() -> assignees.forCase(event.caseId()))
                .orElseThrow(() -> new IllegalStateException("no risk case " + event.caseId()));
        // the case's own state only: the case is the business key, its account and client are risk_case's (read where
        // needed: ProcessCases), settings come from BreachSettings, counters start when first counted (issue 14)
        Map<String, Object> v = new HashMap<>();
        v.put(BRANCH_ID, holder.branchId());
        v.put(ADVISOR, holder.advisorUsername());
        v.put(LEVEL, event.level().name());
        Instant detected = event.snapshot().valuedAt();
        v.put(CONTACT_DUE, Date.from(dueDates.contactDue(event.level(), detected, dueDates.now())));
        v.put(DEADLINE, Date.from(dueDates.topUpDeadline(detected,
                event.lines().topUpDeadlineDays()).toInstant()));
        // the claimed row gets the process id from CaseBoardListener (PROCESS_CREATED), in this transaction; the client
        // is handed to the notice step of this transaction only (transient: no row)
        ProcessInstance instance = runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS_KEY)
                .businessKey(Long.toString(event.caseId())).variables(v).transientVariable(CLIENT_ID, event.clientId())
                .transientVariable(DETECTED_AT, Date.from(detected)).start();
        return Optional.of(instance.getId());
    }

    /** True when a process waited for the restoration and got it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean restored(RatioRestored event) {
        Map<String, Object> v = new HashMap<>();
        v.put(RESTORED, true);
        return deliver(event.caseId(), MESSAGE_RESTORED, v);
    }

    /**
     * True when a running process took the stricter level. A process already at that level or a stricter one ignores
     * it: the same escalation delivered again (after a restart) must not start the contact over a second time.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean escalated(BreachEscalated event) {
        Map<String, Object> v = new HashMap<>();
        v.put(NEW_LEVEL, event.to().name());
        v.put(ESCALATED_AT, Date.from(event.snapshot().valuedAt()));
        if (event.to() == BreachLevel.MARGIN_CALL) {
            // the top-up period runs from the scan that found the margin call, not from the warning the process
            // started with: its notice states this deadline, and the days as a warning must not shorten it
            v.put(DEADLINE, Date.from(dueDates.topUpDeadline(event.snapshot().valuedAt(),
                    event.lines().topUpDeadlineDays()).toInstant()));
        }
        return deliver(event.caseId(), MESSAGE_ESCALATED, v, processId ->
                event.to().isWorseThan(BreachLevel.valueOf((String) runtime.getVariable(processId, LEVEL))));
    }

    /**
     * The client acknowledged a notice of the case: message {@code clientAcknowledged} to its process, whose
     * event sub-process records it beside the running path; with no process listening (ended, or started before
     * the message existed) it is recorded on the case directly. Runs in the caller's transaction, so the notice's
     * mark and the case's record commit together; a collision with the process's own work is reported as
     * Spring's optimistic-locking failure, for the caller to retry the whole.
     */
    @Transactional
    public void acknowledged(NoticeAcknowledged event) {
        Map<String, Object> v = new HashMap<>();
        v.put(ACK_NOTICE_ID, event.noticeId());
        v.put(ACK_NOTICE_TYPE, event.type().name());
        v.put(ACK_AT, event.acknowledgedAt().toString());
        try {
            if (deliver(event.caseId(), MESSAGE_ACKNOWLEDGED, v)) {
                return;
            }
        } catch (FlowableOptimisticLockingException e) {
            throw new OptimisticLockingFailureException("the breach process of case " + event.caseId()
                    + " changed meanwhile", e);
        }
        acknowledgements.insert(new CaseAcknowledgement(event.noticeId(), event.caseId(), event.type(),
                event.acknowledgedAt()), dueDates.now());
    }

    private boolean deliver(long caseId, String message, Map<String, Object> variables) {
        return deliver(caseId, message, variables, processId -> true);
    }

    private boolean deliver(long caseId, String message, Map<String, Object> variables, Predicate<String> wanted) {
        Execution waiting = links.processInstanceId(caseId)
                .map(id -> runtime.createExecutionQuery().processInstanceId(id).messageEventSubscriptionName(message)
                        .singleResult())
                .orElse(null);
        if (waiting == null) {
            log.info("No breach process of case {} waits for {}; ignored", caseId, message);
            return false;
        }
        if (!wanted.test(waiting.getProcessInstanceId())) {
            log.info("The breach process of case {} has {} already; ignored", caseId, message);
            return false;
        }
        runtime.messageEventReceived(message, waiting.getId(), variables);
        return true;
    }
}
