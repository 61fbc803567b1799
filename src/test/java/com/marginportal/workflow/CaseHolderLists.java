package com.marginportal.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.marginportal.risk.CaseFilter;
import com.marginportal.risk.RiskCaseQueries;
import com.marginportal.risk.RiskCaseRow;
import com.marginportal.security.StaffWorkload;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who holds an open case, as every place that shows it answers (docs/workflow.md, "Who holds a case"): the case row,
 * the risk case list (its advisor column, the holder's own scope and every other advisor's), the board (advisor and
 * task holder), the process's advisor and its open advisor task, the holder's inbox and their workload.
 * {@link #disagreements} names each answer that is not the expected holder's; an empty list is the invariant.
 */
final class CaseHolderLists {

    /** An advisor by id and login. */
    record Advisor(long id, String username) {
    }

    static final List<String> ADVISOR_TASKS = List.of("contactClient", "followUp");

    private final WorkflowModuleSupport test;
    private final JdbcClient jdbc;
    private final RiskCaseQueries riskCases;
    private final CaseBoard board;
    private final TaskInbox inbox;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final StaffWorkload workload;
    private final CaseHistories histories;

    CaseHolderLists(WorkflowModuleSupport test, JdbcClient jdbc, RiskCaseQueries riskCases, CaseBoard board,
                    TaskInbox inbox, TaskService tasks, RuntimeService runtime, StaffWorkload workload,
                    CaseHistories histories) {
        this.histories = histories;
        this.test = test;
        this.jdbc = jdbc;
        this.riskCases = riskCases;
        this.board = board;
        this.inbox = inbox;
        this.tasks = tasks;
        this.runtime = runtime;
        this.workload = workload;
    }

    /** Every answer about the open case that does not name {@code holder}; {@code others} must not see it as theirs. */
    List<String> disagreements(long caseId, Advisor holder, Collection<Advisor> others) {
        List<String> wrong = new ArrayList<>();
        String prefix = "case " + caseId + " (holder " + holder.username() + "): ";
        Long stored = jdbc.sql("SELECT advisor_id FROM risk_case WHERE id = ? AND status = 'OPEN'").param(caseId)
                .query(Long.class).optional().orElse(null);
        check(wrong, prefix + "risk_case.advisor_id", holder.id(), stored);
        Long listed = test.as(test.admin, () -> riskCases.search(CaseFilter.OPEN.withClient(clientOf(caseId)), 0, 10))
                .stream().filter(r -> r.caseId() == caseId).map(RiskCaseRow::advisorId).findFirst().orElse(null);
        check(wrong, prefix + "risk case list, advisor column", holder.id(), listed);
        if (!seesAsOwn(holder, caseId)) {
            wrong.add(prefix + "not in the holder's own risk case list");
        }
        for (Advisor other : others) {
            if (other.id() != holder.id() && seesAsOwn(other, caseId)) {
                wrong.add(prefix + "in " + other.username() + "'s risk case list");
            }
        }
        BoardRow row = test.as(test.admin, () -> board.row(caseId)).orElse(null);
        if (row == null) {
            wrong.add(prefix + "not on the board");
            return wrong;
        }
        check(wrong, prefix + "board, advisor column", holder.id(), row.advisorId());
        String processId = processOf(caseId);
        Map<String, Object> variables = runtime.getVariables(processId);
        check(wrong, prefix + "process variable advisor", holder.username(), variables.get(ProcessVariables.ADVISOR));
        // no advisorId variable since issue 14: the resolution record takes the holder from risk_case.advisor_id
        for (Task task : tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKeys(ADVISOR_TASKS).list()) {
            check(wrong, prefix + "holder of task " + task.getTaskDefinitionKey(), holder.username(), task.getAssignee());
            check(wrong, prefix + "board, task holder column", holder.username(), row.assignee());
            if (test.as(holder.username(), () -> inbox.find(task.getId())).filter(t -> holder.username()
                    .equals(t.assignee())).isEmpty()) {
                wrong.add(prefix + "task " + task.getTaskDefinitionKey() + " not in the holder's inbox");
            }
            check(wrong, prefix + "case history, last holder of task " + task.getTaskDefinitionKey(), holder.username(),
                    lastHolderInHistory(caseId, processId, task.getTaskDefinitionKey()));
        }
        return wrong;
    }

    /**
     * Who the case history says holds the task of this kind now: the holder it was created for, then each claim,
     * return and hand-over in turn (a task of the kind created again starts over).
     */
    private String lastHolderInHistory(long caseId, String processId, String taskKey) {
        String holder = null;
        for (CaseHistoryEntry e : histories.of(caseId, processId)) {
            if (!taskKey.equals(e.fact("task"))) {
                continue;
            }
            switch (e.kind()) {
                case TASK_CREATED, TASK_REASSIGNED -> holder = e.fact("assignee");
                case TASK_CLAIMED -> holder = e.actor();
                case TASK_RETURNED -> holder = null;
                default -> { }
            }
        }
        return holder;
    }

    /** The open cases each advisor's workload counts (what a handover would move) against the expected counts. */
    List<String> workloads(Map<Advisor, Long> expectedOpenCases) {
        List<String> wrong = new ArrayList<>();
        expectedOpenCases.forEach((advisor, expected) -> {
            long counted = test.as(test.admin, () -> workload.of(advisor.id())).openCases();
            if (counted != expected) {
                wrong.add(advisor.username() + "'s workload counts " + counted + " open cases, holds " + expected);
            }
        });
        return wrong;
    }

    private boolean seesAsOwn(Advisor advisor, long caseId) {
        return test.as(advisor.username(), () -> riskCases.search(CaseFilter.OPEN.withClient(clientOf(caseId)), 0, 10))
                .stream().anyMatch(r -> r.caseId() == caseId);
    }

    private long clientOf(long caseId) {
        return jdbc.sql("SELECT client_id FROM risk_case WHERE id = ?").param(caseId).query(Long.class).single();
    }

    private String processOf(long caseId) {
        return jdbc.sql("SELECT process_instance_id FROM case_process WHERE case_id = ?").param(caseId)
                .query(String.class).single();
    }

    private static void check(List<String> wrong, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            wrong.add(what + " is " + actual);
        }
    }
}
