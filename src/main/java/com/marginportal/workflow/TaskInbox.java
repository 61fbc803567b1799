package com.marginportal.workflow;

import java.util.List;
import java.util.Map;

import com.marginportal.security.CurrentUser;
import com.marginportal.security.PortalUser;
import com.marginportal.security.Role;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's tasks: assigned to them, or offered to their group (advisors: their branch's advisors;
 * managers: their branch's managers), soonest due first. Claiming a task someone else just took, or acting
 * on one already completed, raises {@link TaskConflictException} and changes nothing.
 */
@Service
public class TaskInbox {

    private final TaskService tasks;
    private final CaseTasks caseTasks;
    private final CurrentUser currentUser;
    private final CaseHolders holders;
    private final InboxQueries queries;
    private final ProcessCases cases;
    private final TaskHolderChanges holderChanges;

    TaskInbox(TaskService tasks, CaseTasks caseTasks, CurrentUser currentUser, CaseHolders holders,
              InboxQueries queries, ProcessCases cases, TaskHolderChanges holderChanges) {
        this.cases = cases;
        this.holderChanges = holderChanges;
        this.holders = holders;
        this.queries = queries;
        this.tasks = tasks;
        this.caseTasks = caseTasks;
        this.currentUser = currentUser;
    }

    /**
     * One page of the caller's breach tasks that the query selects, soonest due first (no due time last): the inbox
     * reads its lists page by page, every task of them.
     */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public List<InboxTask> page(InboxQuery query, int offset, int limit) {
        return map(queries.page(currentUser.require(), query, offset, limit));
    }

    /** How many of the caller's breach tasks the query selects. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public long count(InboxQuery query) {
        return queries.count(currentUser.require(), query);
    }

    /**
     * For each of these cases (a page of the board: a few dozen), the id of its decision task that the caller may take
     * now — hers, or in her group's pool — asked of the database for those cases only; cases without one are absent.
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public Map<Long, String> decisionTasks(java.util.Collection<Long> caseIds) {
        return queries.decisionTasks(currentUser.require(), caseIds);
    }

    /** The task when it is the caller's or her group may take it (a link to it); empty when done or not hers. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public java.util.Optional<InboxTask> find(String taskId) {
        return queries.find(currentUser.require(), taskId).map(t -> map(List.of(t)).get(0));
    }

    /** The task of one case this user can act on now (theirs, or one their group may claim), if any. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public java.util.Optional<InboxTask> actionableForCase(long caseId) {
        PortalUser me = currentUser.require();
        String key = Long.toString(caseId);
        java.util.Optional<InboxTask> own = map(query().processInstanceBusinessKey(key).taskAssignee(me.username()).list())
                .stream().findFirst();
        if (own.isPresent()) {
            return own;
        }
        TaskQuery q = query().processInstanceBusinessKey(key).taskUnassigned();
        if (me.role() != Role.ADMIN) {
            q = q.taskCandidateGroup(candidateGroup(me));
        }
        return map(q.list()).stream().findFirst();
    }

    /**
     * Takes a task from the pool. An advisor who takes a case's advisor task takes the case (its lists, the tasks to
     * come: {@link CaseHolders}); a manager or administrator stepping in holds that task only.
     */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional
    public void claim(String taskId) {
        PortalUser me = currentUser.require();
        Task offered = queries.find(me, taskId) // taken or done meanwhile, or never offered to this user
                .orElseThrow(() -> new TaskConflictException("task " + taskId + " is not in the caller's pool", null));
        conflictGuard(() -> tasks.claim(taskId, me.username()));
        holderChanges.record(caseOf(offered), offered, TaskHolderChanges.Kind.CLAIMED, null, me.username(), me.username());
        if (me.role() == Role.ADVISOR) {
            holders.taken(taskId, me.id(), me.username());
        }
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional
    public void unclaim(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        String me = currentUser.require().username();
        if (task == null || !me.equals(task.getAssignee())) {
            throw new TaskConflictException("task " + taskId + " is not yours to return", null);
        }
        conflictGuard(() -> tasks.unclaim(taskId));
        holderChanges.record(caseOf(task), task, TaskHolderChanges.Kind.RETURNED, me, null, me);
    }

    private long caseOf(Task task) {
        return cases.ofProcess(task.getProcessInstanceId()).caseId();
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public void completeContact(String taskId, ContactForm form) {
        conflictGuard(() -> caseTasks.completeContact(taskId, form));
    }

    /** What saving the contact task will lead to; a task gone meanwhile raises {@link TaskConflictException}. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public ContactOutlook contactOutlook(String taskId) {
        return conflictGuard(() -> caseTasks.contactOutlook(taskId));
    }

    /** The case's history beside the task's form. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public List<CaseHistoryEntry> caseHistory(String taskId) {
        return conflictGuard(() -> caseTasks.caseHistory(taskId));
    }

    /** Whom the decision concerns and who takes it, for its confirmation. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public DecisionSubject decisionSubject(String taskId) {
        return conflictGuard(() -> caseTasks.decisionSubject(taskId));
    }

    /**
     * An extension's new deadline for {@code day} on the decision {@code taskId} (its market close); a
     * {@link CaseActionException} says why not.
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public java.time.Instant extensionDeadline(String taskId, java.time.LocalDate day) {
        return conflictGuard(() -> caseTasks.extensionDeadline(taskId, day));
    }

    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public void decide(String taskId, ManagerDecision decision) {
        conflictGuard(() -> caseTasks.decide(taskId, decision));
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public void complete(String taskId) {
        conflictGuard(() -> caseTasks.complete(taskId));
    }

    private static void conflictGuard(Runnable action) {
        conflictGuard(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T conflictGuard(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException e) {
            throw new TaskConflictException("the task was changed by someone else", e);
        } catch (IllegalStateException e) {
            throw new TaskConflictException(e.getMessage(), e); // no longer open: completed meanwhile
        } catch (FlowableException e) {
            if (e.getClass().getSimpleName().contains("AlreadyClaimed")) {
                throw new TaskConflictException("the task was claimed by someone else", e);
            }
            throw e;
        }
    }

    /** The group whose unclaimed tasks a user may take (admins may take any). */
    static String candidateGroup(PortalUser me) {
        return "branch-" + me.branchId() + (me.role() == Role.MANAGER ? "-managers" : "-advisors");
    }

    private TaskQuery query() {
        return tasks.createTaskQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY).active()
                .includeProcessVariables().orderByTaskDueDate().asc().orderByTaskCreateTime().asc();
    }

    /** The tasks with their cases' ids and clients, read from the cases of their processes in one query. */
    private List<InboxTask> map(List<Task> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<String, ProcessCases.Parties> parties = cases.ofProcesses(list.stream().map(Task::getProcessInstanceId).toList());
        return list.stream().filter(t -> parties.containsKey(t.getProcessInstanceId())).map(t -> {
            Map<String, Object> v = t.getProcessVariables();
            ProcessCases.Parties c = parties.get(t.getProcessInstanceId());
            return new InboxTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), c.caseId(), c.clientId(),
                    number(v.get(ProcessVariables.BRANCH_ID)),
                    String.valueOf(v.get(ProcessVariables.LEVEL)), c.reason(),
                    t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                    t.getDueDate() == null ? null : t.getDueDate().toInstant(), t.getAssignee(), c.ratio());
        }).toList();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
    }
}
