package com.marginportal.workflow;

import static com.marginportal.UtcColumns.utc;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.api.delegate.event.FlowableEventType;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.persistence.entity.Entity;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.event.FlowableActivityEvent;
import org.flowable.engine.delegate.event.FlowableProcessEngineEvent;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
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
            case TASK_CREATED -> task(event, (Task) ((FlowableEntityEvent) event).getEntity());
            case TASK_ASSIGNED -> {
                // a task being created is assigned before TASK_CREATED, which writes the same columns: one UPDATE
                // less per new task (issue 14); a later assignment (claim, hand-over) is written here
                Task task = (Task) ((FlowableEntityEvent) event).getEntity();
                if (!(task instanceof Entity entity && entity.isInserted())) {
                    task(event, task);
                }
            }
            case PROCESS_COMPLETED, PROCESS_CANCELLED -> ended((FlowableEngineEvent) event);
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
            update(e, e.getProcessInstanceId(), "current_step = ?, step_since = ?, due_at = NULL, assignee = NULL", "",
                    e.getActivityId(), now());
        } else if (ESCALATIONS.contains(e.getActivityId())) {
            update(e, e.getProcessInstanceId(), "escalated_at = ?", "", now());
        }
    }

    private void task(FlowableEvent e, Task t) {
        if (MAIN_STEPS.contains(t.getTaskDefinitionKey())) {
            update(e, t.getProcessInstanceId(), "due_at = ?, assignee = ?", " AND COALESCE(current_step, '') = ?",
                    utc(t.getDueDate()), t.getAssignee(), t.getTaskDefinitionKey());
        }
    }

    private void ended(FlowableEngineEvent e) {
        update(e, e.getProcessInstanceId(), "current_step = ?, step_since = ?, ended_at = ?, due_at = NULL, assignee = NULL",
                "", RESOLVED, now(), now());
    }

    /**
     * The case's row, found by its primary key: the engine's transaction then locks that row alone. Found through
     * process_instance_id or current_step (non-unique indexes), MariaDB also locks the gap behind the row - at the end
     * of ix_case_process_instance every new process's id goes there - and the lanes' start transactions, which create
     * tasks, waited for and deadlocked with each other. Given {@code case_id = ? AND process_instance_id = ?} MariaDB
     * still picks the secondary index for an UPDATE, so those columns are compared inside COALESCE, which no index
     * serves. No row (not a breach process): nothing to update.
     *
     * @param values the values of {@code set}, then those of {@code andWhere}
     */
    private void update(FlowableEvent event, String processInstanceId, String set, String andWhere, Object... values) {
        Long caseId = caseId(event, processInstanceId);
        if (caseId == null) {
            return;
        }
        int setValues = values.length - (andWhere.isEmpty() ? 0 : 1);
        List<Object> params = new ArrayList<>(Arrays.asList(values).subList(0, setValues));
        params.add(caseId);
        params.add(processInstanceId);
        params.addAll(Arrays.asList(values).subList(setValues, values.length));
        jdbc.sql("UPDATE case_process SET " + set + " WHERE case_id = ? AND COALESCE(process_instance_id, '') = ?"
                + andWhere).params(params).update();
    }

    /**
     * The case of the event's process: the business key of a breach process's execution where the event carries one
     * (activity events) or of its process instance in the engine's cache (task events; issue 14: one SELECT less per
     * task event of a start), else the board row's (a plain read, which locks nothing); null for none.
     */
    private Long caseId(FlowableEvent event, String processInstanceId) {
        DelegateExecution execution = event instanceof FlowableProcessEngineEvent e ? e.getExecution() : null;
        if (execution != null && execution.getProcessDefinitionId() != null
                && execution.getProcessDefinitionId().startsWith(ProcessVariables.PROCESS_KEY + ":")) {
            Long key = caseKey(execution.getProcessInstanceBusinessKey());
            if (key != null) {
                return key;
            }
        }
        if (processInstanceId == null) {
            return null;
        }
        // task events: the process instance is in the engine's cache when the task is created with it (a start)
        CommandContext command = Context.getCommandContext();
        ExecutionEntity process = command == null ? null
                : CommandContextUtil.getExecutionEntityManager(command).findById(processInstanceId);
        if (process != null && process.getProcessDefinitionId() != null
                && process.getProcessDefinitionId().startsWith(ProcessVariables.PROCESS_KEY + ":")) {
            Long key = caseKey(process.getBusinessKey());
            if (key != null) {
                return key;
            }
        }
        return jdbc.sql("SELECT case_id FROM case_process WHERE process_instance_id = ?")
                .param(processInstanceId).query(Long.class).optional().orElse(null);
    }

    private static Long caseKey(String businessKey) {
        return businessKey != null && !businessKey.isEmpty() && businessKey.chars().allMatch(Character::isDigit)
                ? Long.valueOf(businessKey) : null;
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
