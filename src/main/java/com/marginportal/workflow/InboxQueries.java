package com.marginportal.workflow;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marginportal.security.PortalUser;
import com.marginportal.security.Role;

import org.flowable.common.engine.api.query.QueryProperty;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The inbox's breach tasks read in the database, a page at a time with their count ({@link TaskInbox} checks the
 * caller): soonest due first, a task without a due time last; at the same due time the account most at risk (lowest
 * maintenance ratio) first, then by creation and id — one stable order, so the pages of a list never overlap or skip. A page's tasks are read first, then their process variables for those tasks only.
 */
@Component
class InboxQueries {

    /**
     * The task's case's latest maintenance ratio, for the order: Flowable's task query cannot join the portal's tables,
     * and its order by names a column of its task row (RES); a case without debt (no ratio) after every other.
     */
    static final QueryProperty CASE_RATIO = () -> "COALESCE((SELECT r.latest_ratio FROM case_process cp JOIN risk_case r"
            + " ON r.id = cp.case_id WHERE cp.process_instance_id = RES.PROC_INST_ID_), 99999)";

    private final TaskService tasks;
    private final CaseProcessStore links;

    InboxQueries(TaskService tasks, CaseProcessStore links) {
        this.tasks = tasks;
        this.links = links;
    }

    List<Task> page(PortalUser me, InboxQuery q, int offset, int limit) {
        Optional<TaskQuery> query = query(me, q);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<String> ids = query.get().orderByDueDateNullsLast().asc().orderBy(CASE_RATIO).asc()
                .orderByTaskCreateTime().asc().orderByTaskId().asc()
                .listPage(offset, limit).stream().map(Task::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Task> withVariables = tasks.createTaskQuery().taskIds(ids).includeProcessVariables().list().stream()
                .collect(Collectors.toMap(Task::getId, Function.identity()));
        return ids.stream().map(withVariables::get).filter(java.util.Objects::nonNull).toList();
    }

    long count(PortalUser me, InboxQuery q) {
        return query(me, q).map(TaskQuery::count).orElse(0L);
    }

    /** The task when it is the caller's, or one her group may take; empty otherwise (done, someone else's). */
    Optional<Task> find(PortalUser me, String taskId) {
        for (InboxQuery.Holder holder : InboxQuery.Holder.values()) {
            Optional<Task> task = query(me, InboxQuery.of(holder)).map(q -> q.taskId(taskId).includeProcessVariables()
                    .singleResult());
            if (task.isPresent()) {
                return task;
            }
        }
        return Optional.empty();
    }

    /**
     * The decision task of each of these cases that the caller may take now: hers, else one in her group's pool
     * (admins: any unassigned one). Reads those cases' decision tasks only, not the caller's whole inbox.
     */
    Map<Long, String> decisionTasks(PortalUser me, java.util.Collection<Long> caseIds) {
        Map<String, Long> processes = links.runningProcessesOfCases(caseIds);
        Map<Long, String> found = new java.util.HashMap<>();
        if (processes.isEmpty()) {
            return found;
        }
        for (InboxQuery.Holder holder : InboxQuery.Holder.values()) { // hers first
            query(me, InboxQuery.of(holder)).map(q -> q.taskDefinitionKey(CaseTasks.DECISION_TASK)
                            .processInstanceIdIn(processes.keySet()).list()).orElse(List.of())
                    .forEach(t -> found.putIfAbsent(processes.get(t.getProcessInstanceId()), t.getId()));
        }
        return found;
    }

    /** Empty when nothing can match (clients whose cases have no running process). */
    private Optional<TaskQuery> query(PortalUser me, InboxQuery q) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY).active();
        if (q.holder() == InboxQuery.Holder.MINE) {
            query = query.taskAssignee(me.username());
        } else {
            query = query.taskUnassigned();
            if (me.role() != Role.ADMIN) {
                query = query.taskCandidateGroup(TaskInbox.candidateGroup(me));
            }
        }
        if (q.dueBefore() != null) {
            query = query.taskDueBefore(Date.from(q.dueBefore()));
        }
        if (q.level() != null) {
            query = query.processVariableValueEquals(ProcessVariables.LEVEL, q.level());
        }
        if (q.branchId() != null) {
            query = query.processVariableValueEquals(ProcessVariables.BRANCH_ID, q.branchId());
        }
        if (q.clientIds() != null) {
            List<String> processes = q.clientIds().isEmpty() ? List.of() : links.runningProcessesOfClients(q.clientIds());
            if (processes.isEmpty()) {
                return Optional.empty();
            }
            query = query.processInstanceIdIn(processes);
        }
        return Optional.of(query);
    }
}
