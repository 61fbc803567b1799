package com.marginportal.workflow;

import static com.marginportal.UtcColumns.utc;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.Set;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.api.delegate.event.FlowableEventType;
import org.flowable.engine.delegate.event.FlowableActivityEvent;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the board's row of a case (case_process) in step with its process, inside the engine's transaction:
 * the step the case waits at on its main path, when it got there, the task's due time and holder, escalations
 * and the end. Escalation tasks run beside the main path and only mark the case escalated.
 * JdbcClient, not JPA: the board's read model is kept by targeted UPDATEs inside the engine's transaction.
 */
@Component
class CaseBoardListener implements FlowableEventListener {

    /** Wait states and slow steps of the main path: where a case "is". */
    static final Set<String> MAIN_STEPS = Set.copyOf(CaseBoard.STEPS);
    static final Set<String> ESCALATIONS = Set.of("escalationReview", "decisionEscalation");
    static final String RESOLVED = "resolved";

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseBoardListener(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Collection<? extends FlowableEventType> getTypes() {
        return Set.of(FlowableEngineEventType.PROCESS_CREATED, FlowableEngineEventType.ACTIVITY_STARTED,
                FlowableEngineEventType.TASK_CREATED, FlowableEngineEventType.TASK_ASSIGNED,
                FlowableEngineEventType.PROCESS_COMPLETED, FlowableEngineEventType.PROCESS_CANCELLED);
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event.getType() instanceof FlowableEngineEventType type)) {
            return;
        }
        switch (type) {
            case PROCESS_CREATED -> created(((FlowableEntityEvent) event).getEntity());
            case ACTIVITY_STARTED -> activity((FlowableActivityEvent) event);
            case TASK_CREATED, TASK_ASSIGNED -> task((Task) ((FlowableEntityEvent) event).getEntity());
            case PROCESS_COMPLETED, PROCESS_CANCELLED -> ended(((FlowableEngineEvent) event).getProcessInstanceId());
            default -> { }
        }
    }

    private void created(Object entity) {
        if (entity instanceof ProcessInstance p && p.getBusinessKey() != null
                && ProcessVariables.PROCESS_KEY.equals(p.getProcessDefinitionKey())) {
            jdbc.sql("UPDATE case_process SET process_instance_id = ?, definition_version = ? WHERE case_id = ?")
                    .params(p.getId(), p.getProcessDefinitionVersion(), Long.parseLong(p.getBusinessKey())).update();
        }
    }

    private void activity(FlowableActivityEvent e) {
        if (MAIN_STEPS.contains(e.getActivityId())) {
            jdbc.sql("""
                    UPDATE case_process SET current_step = ?, step_since = ?, due_at = NULL, assignee = NULL
                     WHERE process_instance_id = ?""")
                    .params(e.getActivityId(), now(), e.getProcessInstanceId()).update();
        } else if (ESCALATIONS.contains(e.getActivityId())) {
            jdbc.sql("UPDATE case_process SET escalated_at = ? WHERE process_instance_id = ?")
                    .params(now(), e.getProcessInstanceId()).update();
        }
    }

    private void task(Task t) {
        if (MAIN_STEPS.contains(t.getTaskDefinitionKey())) {
            jdbc.sql("UPDATE case_process SET due_at = ?, assignee = ? WHERE process_instance_id = ? AND current_step = ?")
                    .params(utc(t.getDueDate()), t.getAssignee(), t.getProcessInstanceId(), t.getTaskDefinitionKey())
                    .update();
        }
    }

    private void ended(String processInstanceId) {
        jdbc.sql("""
                UPDATE case_process SET current_step = ?, step_since = ?, ended_at = ?, due_at = NULL, assignee = NULL
                 WHERE process_instance_id = ?""")
                .params(RESOLVED, now(), now(), processInstanceId).update();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }


    /** A failed board update fails the engine's transaction: the board never drifts from the process. */
    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
